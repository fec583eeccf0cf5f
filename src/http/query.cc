#include "http/query.h"

#include "core/strings.h"

namespace minside::http {

std::map<std::string, std::string> parse_urlencoded(const std::string& s) {
    std::map<std::string, std::string> out;
    size_t pos = 0;
    while (pos < s.size()) {
        size_t end = s.find('&', pos);
        if (end == std::string::npos) end = s.size();
        std::string_view pair(s.data() + pos, end - pos);
        pos = end + 1;
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        std::string name, value;
        if (!url_decode(pair.substr(0, eq), name) || name.empty()) continue;
        if (eq != std::string_view::npos && !url_decode(pair.substr(eq + 1), value)) continue;
        if (name.find('\0') != std::string::npos || value.find('\0') != std::string::npos) continue;
        out.emplace(std::move(name), std::move(value));
    }
    return out;
}

}  // namespace minside::http
