// GET /saker: the cases where the logged-in person is party or lawyer.
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response case_list(http::Context& ctx);

}  // namespace minside::portal
