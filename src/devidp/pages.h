// The three HTML pages (tmpl/devidp/*.tpl) in bokmål or English, and their texts.
#pragma once
#include <string>
#include <vector>

#include "devidp/config.h"

namespace minside::devidp {

// The page language for a locale: "en" for en, else "nb" (nn and se get bokmål).
std::string page_language(const std::string& locale);
// A text from the page catalog; the key itself when missing (a bug, but visible).
std::string text(const std::string& lang, const std::string& key);

// Makes ctemplate read from `dir` and checks that every devidp template parses.
// Throws std::runtime_error naming a template that does not.
void init_templates(const std::string& dir);

struct LoginView {
    std::string lang, action, request_id, client_id, level;
    std::string error;  // a text key; empty: none
    std::vector<Person> persons;
    std::string checked_person;  // pid of the preselected radio
    std::string pid_value, name_value;
    std::string checked_eid;
};
std::string render_login(const LoginView& v);

std::string render_error(const std::string& lang, const std::string& message_key);

struct LogoutFrame {
    std::string src, client_id;
};
struct LogoutView {
    std::string lang;
    std::vector<LogoutFrame> frames;
    std::string continue_url;  // empty: no link, no refresh
};
std::string render_logout(const LogoutView& v);

}  // namespace minside::devidp
