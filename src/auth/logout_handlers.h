// Logging out: from our own page (POST /logg-ut, then ID-porten's end_session),
// the page ID-porten returns the person to (GET /logget-ut), and front-channel logout
// started elsewhere (GET /logg-ut/frontchannel?iss=...&sid=..., inside ID-porten's iframe).
#pragma once
#include "http/app.h"

namespace minside::auth {

http::Response logout(http::Context& ctx);
http::Response logged_out(http::Context& ctx);
http::Response frontchannel_logout(http::Context& ctx);

}  // namespace minside::auth
