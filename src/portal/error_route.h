// GET /feil/{status}: where nginx sends its own refusals (error_page 413 /feil/413)
// so the person gets our error page in their language instead of nginx's.
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response error_for_status(http::Context& ctx);

}  // namespace minside::portal
