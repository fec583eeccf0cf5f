#include "server/test_routes.h"

#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

#include "http/app.h"

namespace minside::server {
namespace {

http::Response slow(http::Context& ctx) {
    const std::string* ms = ctx.req.query_value("ms");
    long wait = ms ? std::strtol(ms->c_str(), nullptr, 10) : 1000;
    timespec ts{wait / 1000, (wait % 1000) * 1000000};
    while (nanosleep(&ts, &ts) != 0) {
    }
    return http::Response::text(200, "text/plain; charset=utf-8", "slept " + std::to_string(wait) + " ms\n");
}

http::Response pid(http::Context&) {
    return http::Response::text(200, "text/plain; charset=utf-8", std::to_string(getpid()) + "\n");
}

http::Response throw_error(http::Context&) { throw std::logic_error("deliberate failure for a test"); }

http::Response form_echo(http::Context& ctx) {
    std::string out;
    for (const auto& [k, v] : ctx.req.form) out += k + "=" + v + "\n";
    return http::Response::text(200, "text/plain; charset=utf-8", out);
}

[[noreturn]] http::Response crash(http::Context&) { std::abort(); }

}  // namespace

void register_test_routes(http::Router& r) {
    r.add("GET", "/_test/slow", slow);
    r.add("GET", "/_test/pid", pid);
    r.add("GET", "/_test/throw", throw_error);
    r.add("GET", "/_test/crash", crash);
    r.add("POST", "/_test/form", form_echo);
}

}  // namespace minside::server
