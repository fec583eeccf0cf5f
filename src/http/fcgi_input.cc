#include "http/fcgi_input.h"

namespace minside::http {

size_t FcgiInput::read(char* data, size_t length) {
    size_t done = 0;
    while (done < length) {
        int n = FCGX_GetStr(data + done, static_cast<int>(length - done), request_.in);
        if (n <= 0) break;  // a short read: cgicc throws, the request ends with 400
        done += static_cast<size_t>(n);
    }
    return done;
}

std::string FcgiInput::getenv(const char* name) {
    const char* v = FCGX_GetParam(name, request_.envp);
    return v ? v : "";
}

}  // namespace minside::http
