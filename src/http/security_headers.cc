#include "http/security_headers.h"

namespace minside::http {
namespace {
void set_default(Response& r, const char* name, const char* value) {
    if (!r.header(name)) r.set_header(name, value);
}
}  // namespace

void apply_security_headers(Response& r) {
    set_default(r, "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
                "frame-ancestors 'none'");
    set_default(r, "Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    set_default(r, "X-Content-Type-Options", "nosniff");
    set_default(r, "X-Frame-Options", "DENY");
    set_default(r, "Referrer-Policy", "no-referrer");
    set_default(r, "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    set_default(r, "Cross-Origin-Opener-Policy", "same-origin");
    // Pages may hold personal data and vary by language cookie: never stored by caches.
    set_default(r, "Cache-Control", "no-store");
}

}  // namespace minside::http
