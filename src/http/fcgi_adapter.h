// The request boundary: FastCGI in, Response out. Every exception a handler throws
// ends here as an error page; nothing escapes to take the worker down.
#pragma once
#include <fcgiapp.h>

#include "http/app.h"

namespace minside::http {

struct Served {
    int status = 0;
    std::string page;  // the route pattern of an HTML page shown (GET, 200), else empty
};

// Builds the Request (site, path, query, cookies, form body), routes it, renders,
// writes the response to the FastCGI stream.
Served serve(FCGX_Request& fr, App& app);

// "GET /path" for logs: the path only, the query string may carry personal data.
std::string request_line(FCGX_Request& fr);

}  // namespace minside::http
