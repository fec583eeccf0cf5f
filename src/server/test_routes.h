// Routes the test harness uses to drive the master (a slow request, a crash, an
// exception). Registered only when test_endpoints = true; never in production.
#pragma once
#include "http/router.h"

namespace minside::server {

void register_test_routes(http::Router& r);

}  // namespace minside::server
