// Login and logout routes on the citizen site.
#pragma once
#include "http/router.h"

namespace minside::auth {

void register_routes(http::Router& r);

}  // namespace minside::auth
