// What a handler answers. Serialised to FastCGI by http/fcgi_adapter.cc.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace minside::http {

struct Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    void set_header(const std::string& name, const std::string& value);  // replaces
    void add_header(const std::string& name, const std::string& value);  // appends (Set-Cookie)
    const std::string* header(const std::string& name) const;

    static Response redirect(const std::string& location, int status = 303);
    static Response text(int status, const std::string& content_type, std::string body);
};

const char* reason_phrase(int status);

// The CGI/FastCGI wire form: "Status: ..." then headers, blank line, body.
std::string serialize(const Response& r);

}  // namespace minside::http
