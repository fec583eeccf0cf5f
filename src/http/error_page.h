// The error page for a status, in the request's language, revealing no internals.
#pragma once
#include "http/app.h"
#include "http/response.h"

namespace minside::http {

// Known statuses: 400 403 404 405 413 500 503; others render as 500's text.
Response error_page(Context& ctx, int status);

// Last resort when even the error template cannot be rendered.
Response plain_error(int status);

}  // namespace minside::http
