// Consent (GET/POST /samtykke), the profile (GET /profil, POST /profil/samtykke,
// POST /profil/epost) and the page a blocked person sees (GET /sperret).
#pragma once
#include "http/app.h"

namespace minside::portal {

http::Response consent_page(http::Context& ctx);
http::Response give_consent(http::Context& ctx);
http::Response profile_page(http::Context& ctx);
http::Response withdraw_consent(http::Context& ctx);
http::Response update_email(http::Context& ctx);
http::Response blocked_page(http::Context& ctx);

// A plausible e-mail address: one '@', a dot in the domain, no spaces or control chars, ≤ 254.
bool valid_email(const std::string& s);

}  // namespace minside::portal
