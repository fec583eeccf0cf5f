// The language switch: GET /sprak?lang=nn&tilbake=/personvern sets the Language cookie
// for one year and returns the person to the page they were on. It changes nothing on
// the server, so a GET link works without JavaScript.
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response switch_language(http::Context& ctx);

// `target` if it is a path on this site ("/..." but not "//..." or "/\..."), else "/".
std::string safe_return_path(const std::string* target);

}  // namespace minside::portal
