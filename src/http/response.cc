#include "http/response.h"

#include "core/strings.h"

namespace minside::http {

void Response::set_header(const std::string& name, const std::string& value) {
    for (auto& h : headers) {
        if (to_lower(h.first) == to_lower(name)) {
            h.second = value;
            return;
        }
    }
    headers.emplace_back(name, value);
}

void Response::add_header(const std::string& name, const std::string& value) {
    headers.emplace_back(name, value);
}

const std::string* Response::header(const std::string& name) const {
    for (auto& h : headers)
        if (to_lower(h.first) == to_lower(name)) return &h.second;
    return nullptr;
}

Response Response::redirect(const std::string& location, int status) {
    Response r;
    r.status = status;
    r.set_header("Location", location);
    return r;
}

Response Response::text(int status, const std::string& content_type, std::string body) {
    Response r;
    r.status = status;
    r.set_header("Content-Type", content_type);
    r.body = std::move(body);
    return r;
}

const char* reason_phrase(int status) {
    switch (status) {
        case 200: return "OK";
        case 204: return "No Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 303: return "See Other";
        case 304: return "Not Modified";
        case 400: return "Bad Request";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 413: return "Payload Too Large";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        default: return "Unknown";
    }
}

std::string serialize(const Response& r) {
    std::string out;
    out.reserve(256 + r.body.size());
    out += "Status: " + std::to_string(r.status) + " " + reason_phrase(r.status) + "\r\n";
    for (auto& h : r.headers) {
        // A header value with CR or LF would split the response; drop such a header.
        // An empty value means "not this one" (e.g. no X-Frame-Options on a framed page).
        if (h.second.empty() || h.second.find_first_of("\r\n") != std::string::npos) continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + std::to_string(r.body.size()) + "\r\n\r\n";
    out += r.body;
    return out;
}

}  // namespace minside::http
