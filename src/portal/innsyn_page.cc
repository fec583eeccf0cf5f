#include "portal/innsyn_page.h"

#include "audit/audit_log.h"
#include "core/oslo_time.h"
#include "db/audit_repo.h"
#include "http/view.h"
#include "portal/access.h"

namespace minside::portal {
namespace {

constexpr int kMaxEntries = 1000;

std::string action_text(const http::Context& ctx, const std::string& action) {
    std::string key = "innsyn_action_" + action;
    for (auto& c : key)
        if (c == '.') c = '_';
    auto it = ctx.msg.find(key);
    return it == ctx.msg.end() ? action : it->second;
}

// Who acted, in words: the person themself, or Helseklage (caseworkers, the system).
std::string actor_text(const http::Context& ctx, const std::string& actor, int64_t person_id) {
    return ctx.msg.at(actor == person_ref(person_id) ? "innsyn_actor_you" : "innsyn_actor_agency");
}

}  // namespace

http::Response innsyn_page(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    http::Page page(ctx, "pages/innsyn.tpl", "innsyn_title");
    for (const auto& e : db::audit_about(*ctx.app.db, c.person.id, kMaxEntries)) {
        auto* row = page.body().AddSectionDictionary("ENTRY");
        row->SetValue("when", oslo::format_datetime(oslo::parse_utc_datetime(e.at), ctx.lang));
        row->SetValue("who", actor_text(ctx, e.actor, c.person.id));
        row->SetValue("what", action_text(ctx, e.action));
        row->SetValue("ip", e.ip);
    }
    http::Response r = page.render();
    audit::record(*ctx.app.db, {person_ref(c.person.id), person_ref(c.person.id), "innsyn.read", "",
                                ctx.req.remote_addr, ctx.req.request_id});
    return r;
}

}  // namespace minside::portal
