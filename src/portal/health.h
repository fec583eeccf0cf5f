// GET /health for monitoring: 200 {"status":"ok"} when the database answers,
// 503 {"status":"unavailable"} otherwise. Says nothing else about the system.
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response health(http::Context& ctx);

}  // namespace minside::portal
