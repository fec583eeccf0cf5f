#include "portal/access.h"

#include "auth/guard.h"
#include "core/errors.h"

namespace minside::portal {

std::string person_ref(int64_t person_id) { return "person:" + std::to_string(person_id); }

namespace {
Citizen require(http::Context& ctx, bool consent_needed) {
    auth::Session s = auth::require_session(ctx);
    auto access = db::person_access(*ctx.app.db, s.person_id);
    if (!access) throw HttpError(403, "session for a person who no longer exists");
    if (access->blocked) throw Redirect("/sperret");
    if (consent_needed && !access->consent_given) throw Redirect("/samtykke");
    return {s, access->person};
}
}  // namespace

Citizen require_citizen_without_consent(http::Context& ctx) { return require(ctx, false); }

Citizen require_citizen(http::Context& ctx) { return require(ctx, true); }

db::CaseForPerson accessible_case(http::Context& ctx, const Citizen& c) {
    auto k = db::case_for_person(*ctx.app.db, id_param(ctx, "case"), c.person.id);
    if (!k) throw HttpError(404, "no such case for this person");
    return *k;
}

int64_t id_param(const http::Context& ctx, const char* name) {
    auto it = ctx.req.params.find(name);
    if (it == ctx.req.params.end() || it->second.empty() || it->second.size() > 18) throw HttpError(404, "bad id");
    for (char c : it->second)
        if (c < '0' || c > '9') throw HttpError(404, "bad id");
    return std::stoll(it->second);
}

}  // namespace minside::portal
