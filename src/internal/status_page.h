// The internal site's start page: is the service healthy, which schema it runs.
// Reachable only on the internal vhost (nginx); caseworker login comes with its own issue.
#pragma once
#include "http/app.h"

namespace minside::internal {

http::Response status_page(http::Context& ctx);

}  // namespace minside::internal
