// Access to pages behind login: the session, or a redirect to log in; and the CSRF
// check every POST makes against the session's token.
#pragma once
#include "auth/session.h"
#include "http/app.h"

namespace minside::auth {

// The live session, with ctx.csrf_token set for the layout; otherwise throws Redirect
// to /logg-inn.
Session require_session(http::Context& ctx);

// For pages anyone may see: when the person is logged in, the layout shows the logout
// button. Costs a query only when the browser sends a session cookie.
void notice_session(http::Context& ctx);

// Throws HttpError(403) unless the form's "csrf" field equals the session's token.
void require_csrf(const http::Context& ctx, const Session& s);

}  // namespace minside::auth
