// The cases: the list (GET /saker), one case (GET /saker/{case}) and a document of it
// (GET /saker/{case}/dokumenter/{doc}, handed to nginx with X-Accel-Redirect).
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response case_list(http::Context& ctx);
http::Response case_page(http::Context& ctx);
http::Response download_document(http::Context& ctx);

// "1,2 MB", "340 kB" (nb/nn use a decimal comma).
std::string human_size(int64_t bytes, const std::string& lang);

}  // namespace minside::portal
