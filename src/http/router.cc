#include "http/router.h"

namespace minside::http {

std::vector<std::string> split_path(const std::string& path) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < path.size()) {
        size_t end = path.find('/', pos);
        if (end == std::string::npos) end = path.size();
        if (end > pos) out.push_back(path.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

void Router::add(const std::string& method, const std::string& pattern, Handler handler, long max_body) {
    routes_.push_back({method, split_path(pattern), std::move(handler), max_body, pattern});
}

namespace {
bool is_param(const std::string& seg) { return seg.size() > 2 && seg.front() == '{' && seg.back() == '}'; }

bool segments_match(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
                    std::map<std::string, std::string>* params) {
    if (pattern.size() != path.size()) return false;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (is_param(pattern[i])) {
            if (params) (*params)[pattern[i].substr(1, pattern[i].size() - 2)] = path[i];
        } else if (pattern[i] != path[i]) {
            return false;
        }
    }
    return true;
}
}  // namespace

Router::Match Router::match(const std::string& method, const std::string& path) const {
    Match m;
    // "/a//b" and "/a/" are not the same resource as "/a/b" and "/a"; only "/" may end in '/'.
    if (path.empty() || path[0] != '/' || path.find("//") != std::string::npos ||
        (path.size() > 1 && path.back() == '/'))
        return m;
    const std::string wanted = method == "HEAD" ? "GET" : method;
    auto segs = split_path(path);
    for (const auto& r : routes_) {
        if (!segments_match(r.segments, segs, nullptr)) continue;
        if (r.method == wanted && !m.handler) {
            segments_match(r.segments, segs, &m.params);
            m.handler = &r.handler;
            m.max_body = r.max_body;
            m.pattern = r.pattern;
        }
        if (m.allow.find(r.method) == std::string::npos) {
            if (!m.allow.empty()) m.allow += ", ";
            m.allow += r.method;
            if (r.method == "GET") m.allow += ", HEAD";
        }
    }
    if (m.handler) m.allow.clear();
    return m;
}

}  // namespace minside::http
