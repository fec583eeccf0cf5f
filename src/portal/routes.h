// The citizen site's routes: the table of contents of src/portal/.
#pragma once
#include "core/config.h"
#include "http/router.h"

namespace minside::portal {

void register_routes(http::Router& r, const Config& cfg);

}  // namespace minside::portal
