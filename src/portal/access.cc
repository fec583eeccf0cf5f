#include "portal/access.h"

#include "auth/guard.h"
#include "core/errors.h"
#include "db/consent_repo.h"

namespace minside::portal {

std::string person_ref(int64_t person_id) { return "person:" + std::to_string(person_id); }

Citizen require_citizen_without_consent(http::Context& ctx) {
    auth::Session s = auth::require_session(ctx);
    if (db::active_block(*ctx.app.db, s.person_id)) throw Redirect("/sperret");
    auto p = db::find_person(*ctx.app.db, s.person_id);
    if (!p) throw HttpError(403, "session for a person who no longer exists");
    return {s, *p};
}

Citizen require_citizen(http::Context& ctx) {
    Citizen c = require_citizen_without_consent(ctx);
    auto consent = db::current_consent(*ctx.app.db, c.person.id);
    if (!consent || !consent->given) throw Redirect("/samtykke");
    return c;
}

int64_t id_param(const http::Context& ctx, const char* name) {
    auto it = ctx.req.params.find(name);
    if (it == ctx.req.params.end() || it->second.empty() || it->second.size() > 18) throw HttpError(404, "bad id");
    for (char c : it->second)
        if (c < '0' || c > '9') throw HttpError(404, "bad id");
    return std::stoll(it->second);
}

}  // namespace minside::portal
