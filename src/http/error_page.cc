#include "http/error_page.h"

#include "http/view.h"

namespace minside::http {
namespace {
int known_status(int status) {
    switch (status) {
        case 400: case 403: case 404: case 405: case 413: case 500: case 503: return status;
        default: return 500;
    }
}
}  // namespace

Response error_page(Context& ctx, int status) {
    const int s = known_status(status);
    const std::string key = "error_" + std::to_string(s);
    Page page(ctx, "pages/error.tpl", key + "_title");
    page.body().SetValue("error_title", ctx.msg.at(key + "_title"));
    page.body().SetValue("error_text", ctx.msg.at(key + "_text"));
    page.body().SetIntValue("status", s);
    Response r = page.render(status);
    if (status == 503) r.set_header("Retry-After", "30");
    return r;
}

Response plain_error(int status) {
    Response r = Response::text(status, "text/plain; charset=utf-8",
                                std::to_string(status) + " " + reason_phrase(status) + "\n");
    if (status == 503) r.set_header("Retry-After", "30");
    return r;
}

}  // namespace minside::http
