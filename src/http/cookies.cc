#include "http/cookies.h"

#include "core/strings.h"

namespace minside::http {
namespace {
bool valid_token(const std::string& s) {
    if (s.empty()) return false;
    for (unsigned char c : s)
        if (c <= 0x20 || c >= 0x7f || std::string("()<>@,;:\\\"/[]?={}").find(c) != std::string::npos)
            return false;
    return true;
}
bool valid_value(const std::string& s) {
    for (unsigned char c : s)
        if (c < 0x21 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') return false;
    return true;
}
}  // namespace

std::map<std::string, std::string> parse_cookie_header(const std::string& header) {
    std::map<std::string, std::string> out;
    size_t pos = 0;
    while (pos <= header.size()) {
        size_t end = header.find(';', pos);
        if (end == std::string::npos) end = header.size();
        std::string pair = trim(std::string_view(header).substr(pos, end - pos));
        pos = end + 1;
        auto eq = pair.find('=');
        if (eq == std::string::npos) continue;
        std::string name = trim(pair.substr(0, eq));
        std::string value = trim(pair.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (!valid_token(name) || !valid_value(value)) continue;
        out.emplace(name, value);  // emplace keeps the first
    }
    return out;
}

std::string format_set_cookie(const SetCookie& c) {
    std::string s = c.name + "=" + c.value + "; Path=" + c.path;
    if (c.max_age) s += "; Max-Age=" + std::to_string(*c.max_age);
    if (c.secure) s += "; Secure";
    if (c.http_only) s += "; HttpOnly";
    if (!c.same_site.empty()) s += "; SameSite=" + c.same_site;
    return s;
}

}  // namespace minside::http
