// The internal (caseworker) site's routes: the table of contents of src/internal/.
#pragma once
#include "http/router.h"

namespace minside::internal {

void register_routes(http::Router& r);

}  // namespace minside::internal
