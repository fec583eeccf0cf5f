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

void require_csrf(const http::Context& ctx, const Session& s) {
    const std::string* sent = ctx.req.form_value("csrf");
    if (!sent || !crypto::equal_constant_time(*sent, s.csrf_token)) throw HttpError(403, "CSRF token missing or wrong");
}

}  // namespace minside::auth
