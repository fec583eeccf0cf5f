#include "auth/guard.h"

#include "core/crypto.h"
#include "core/errors.h"

namespace minside::auth {

Session require_session(http::Context& ctx) {
    auto s = current_session(ctx);
    if (!s) throw Redirect("/logg-inn");
    ctx.csrf_token = s->csrf_token;
    return *s;
}

void notice_session(http::Context& ctx) {
    if (!ctx.req.cookie(kSessionCookie)) return;
    if (auto s = current_session(ctx)) ctx.csrf_token = s->csrf_token;
}

void require_csrf(const http::Context& ctx, const Session& s) {
    const std::string* sent = ctx.req.form_value("csrf");
    if (!sent || !crypto::equal_constant_time(*sent, s.csrf_token)) throw HttpError(403, "CSRF token missing or wrong");
}

}  // namespace minside::auth
