// The security headers every dynamic response carries (ARCHITECTURE.md, "Headers").
// Set here and nowhere else; a handler that needs another CSP (the front-channel
// logout iframe) sets its own before this runs, and that one is kept.
#pragma once
#include "http/response.h"

namespace minside::http {

void apply_security_headers(Response& r);

}  // namespace minside::http
