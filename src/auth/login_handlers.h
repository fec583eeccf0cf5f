// GET /logg-inn starts a login at ID-porten; GET /logg-inn/callback finishes it.
#pragma once
#include "http/app.h"

namespace minside::auth {

http::Response login_start(http::Context& ctx);
http::Response login_callback(http::Context& ctx);

}  // namespace minside::auth
