// GET /profil/innsyn: what is logged about the person's use of Min side, in their
// language (the right of access the privacy statement promises).
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response innsyn_page(http::Context& ctx);

}  // namespace minside::portal
