#include "portal/health.h"

#include "core/errors.h"
#include "db/database.h"

namespace minside::portal {

http::Response health(http::Context& ctx) {
    bool ok = false;
    try {
        auto rows = ctx.app.db->query("SELECT 1");
        ok = rows.size() == 1;
    } catch (const DbUnavailable&) {
    } catch (const DbError&) {
    }
    http::Response r = http::Response::text(ok ? 200 : 503, "application/json",
                                            ok ? "{\"status\":\"ok\"}\n" : "{\"status\":\"unavailable\"}\n");
    if (!ok) r.set_header("Retry-After", "30");
    return r;
}

}  // namespace minside::portal
