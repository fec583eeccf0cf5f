#include "portal/language.h"

#include "core/errors.h"
#include "http/cookies.h"

namespace minside::portal {

std::string safe_return_path(const std::string* target) {
    if (!target || target->empty() || (*target)[0] != '/') return "/";
    if (target->size() > 1 && ((*target)[1] == '/' || (*target)[1] == '\\')) return "/";
    if (target->size() > 2000) return "/";
    for (unsigned char c : *target)
        if (c < 0x20 || c == 0x7f) return "/";
    return *target;
}

http::Response switch_language(http::Context& ctx) {
    const std::string* lang = ctx.req.query_value("lang");
    if (!lang || !http::is_supported_language(*lang)) throw HttpError(400, "unsupported language");
    http::Response r = http::Response::redirect(safe_return_path(ctx.req.query_value("tilbake")));
    http::SetCookie c;
    c.name = "Language";
    c.value = *lang;
    c.max_age = 365L * 24 * 3600;
    c.secure = ctx.app.config.cookie_secure;
    c.http_only = true;
    r.add_header("Set-Cookie", http::format_set_cookie(c));
    return r;
}

}  // namespace minside::portal
