// Sending documents (GET/POST /saker/{case}/send), commenting on an expert statement
// (GET/POST /saker/{case}/kommentar/{request}) and the receipt
// (GET /saker/{case}/kvittering/{receipt}).
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response upload_form(http::Context& ctx);
http::Response upload_post(http::Context& ctx);
http::Response comment_form(http::Context& ctx);
http::Response comment_post(http::Context& ctx);
http::Response receipt_page(http::Context& ctx);

}  // namespace minside::portal
