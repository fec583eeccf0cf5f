#include "portal/error_route.h"

#include "core/errors.h"
#include "http/error_page.h"

namespace minside::portal {

http::Response error_for_status(http::Context& ctx) {
    const std::string& s = ctx.req.params.at("status");
    if (s == "400" || s == "403" || s == "413") return http::error_page(ctx, std::stoi(s));
    throw HttpError(404, "no error page for " + s);
}

}  // namespace minside::portal
