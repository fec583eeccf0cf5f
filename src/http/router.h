// Maps (method, path) to a handler. Patterns are literal segments or "{name}",
// e.g. "/saker/{case}/dokumenter/{doc}"; the names land in Request::params.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "http/response.h"

namespace minside::http {

struct Context;
using Handler = std::function<Response(Context&)>;

class Router {
public:
    // max_body: the largest request body this route accepts, checked against
    // Content-Length before a byte is read (cgicc would read it all into memory).
    void add(const std::string& method, const std::string& pattern, Handler handler, long max_body = kDefaultMaxBody);
    static constexpr long kDefaultMaxBody = 1 << 20;

    struct Match {
        const Handler* handler = nullptr;           // null: no route for this method
        std::map<std::string, std::string> params;
        std::string allow;                          // non-empty when the path exists: a 405
        long max_body = kDefaultMaxBody;
        std::string pattern;  // the route as registered, e.g. "/saker/{case}"
    };
    // HEAD is answered by the GET handler.
    Match match(const std::string& method, const std::string& path) const;

private:
    struct Route {
        std::string method;
        std::vector<std::string> segments;
        Handler handler;
        long max_body;
        std::string pattern;
    };
    std::vector<Route> routes_;
};

std::vector<std::string> split_path(const std::string& path);

}  // namespace minside::http
