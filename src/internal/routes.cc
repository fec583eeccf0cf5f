#include "internal/routes.h"

#include "internal/status_page.h"
#include "portal/health.h"

namespace minside::internal {

void register_routes(http::Router& r) {
    r.add("GET", "/", status_page);
    r.add("GET", "/health", portal::health);
}

}  // namespace minside::internal
