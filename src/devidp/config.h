// minside-devidp's configuration: a local stand-in for ID-porten used only by the demo and
// the tests. "key = value" lines, '#' comments (also after a value, preceded by a space):
//   listen = /path/devidp.sock          issuer = http://127.0.0.1:8082 (exact, no trailing /)
//   template_dir = /path/tmpl           control = true|false (default false)
//   clock_offset_file = /path            (optional; seconds added to the real clock)
//   client.<id>.secret | key_file | redirect_uri* | post_logout_redirect_uri* | frontchannel_logout_uri
//   person = <11 digits>|<name>*         (* may repeat)
// Anything unknown is refused so a typo never goes unnoticed.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace minside::devidp {

struct ClientConfig {
    std::string id;
    std::string secret;    // empty: no client_secret_basic/_post for this client
    std::string key_file;  // empty: no private_key_jwt for this client
    std::vector<std::string> redirect_uris;
    std::vector<std::string> post_logout_redirect_uris;
    std::string frontchannel_logout_uri;  // empty: not called on logout
};

struct Person {
    std::string pid;   // 11 digits
    std::string name;
};

struct DevidpConfig {
    std::string listen;             // unix socket path
    std::string issuer;             // exact, no trailing slash
    std::string template_dir;
    bool control = false;           // /control (test-only switches)
    std::string clock_offset_file;  // empty: the real clock
    std::map<std::string, ClientConfig> clients;
    std::vector<Person> persons;
};

// Parses config text; `origin` names it in messages. Throws ConfigError (core/errors.h)
// naming the line and key.
DevidpConfig parse_devidp_config(const std::string& text, const std::string& origin);
DevidpConfig load_devidp_config(const std::string& path);

}  // namespace minside::devidp
