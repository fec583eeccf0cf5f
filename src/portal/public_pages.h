// The pages anyone may read without logging in.
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response front_page(http::Context& ctx);
http::Response privacy_page(http::Context& ctx);
http::Response accessibility_page(http::Context& ctx);

}  // namespace minside::portal
