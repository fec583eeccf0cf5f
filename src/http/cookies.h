// Cookie header parsing (RFC 6265 §5.4 as browsers send it) and Set-Cookie building.
#pragma once
#include <map>
#include <optional>
#include <string>

namespace minside::http {

// Pairs separated by ';'. Malformed pairs (no '=', empty name, control characters)
// are skipped; the first occurrence of a name wins, as the most specific path comes first.
std::map<std::string, std::string> parse_cookie_header(const std::string& header);

struct SetCookie {
    std::string name, value;
    std::string path = "/";
    std::optional<long> max_age;   // none: a session cookie, gone when the browser closes
    bool secure = true;
    bool http_only = true;
    std::string same_site = "Lax";
};

std::string format_set_cookie(const SetCookie& c);

}  // namespace minside::http
