#include "portal/consent_pages.h"

#include "audit/audit_log.h"
#include "auth/guard.h"
#include "core/errors.h"
#include "core/oslo_time.h"
#include "db/consent_repo.h"
#include "http/view.h"
#include "portal/access.h"

namespace minside::portal {
namespace {

void audit(http::Context& ctx, int64_t person_id, const std::string& action, const std::string& object) {
    audit::record(*ctx.app.db, {person_ref(person_id), person_ref(person_id), action, object, ctx.req.remote_addr,
                                ctx.req.request_id});
}

void record_consent(http::Context& ctx, const Citizen& c, bool given) {
    db::Transaction tx(*ctx.app.db);
    db::record_consent(*ctx.app.db, c.person.id, given, ctx.app.config.consent_text_version, ctx.req.remote_addr);
    audit(ctx, c.person.id, given ? "consent.give" : "consent.withdraw", "consent:" + ctx.app.config.consent_text_version);
    tx.commit();
}

}  // namespace

bool valid_email(const std::string& s) {
    if (s.empty() || s.size() > 254) return false;
    auto at = s.find('@');
    if (at == 0 || at == std::string::npos || s.find('@', at + 1) != std::string::npos) return false;
    auto dot = s.find('.', at);
    if (dot == std::string::npos || dot == at + 1 || dot == s.size() - 1) return false;
    for (unsigned char ch : s)
        if (ch <= 0x20 || ch == 0x7f || ch == '<' || ch == '>' || ch == ',' || ch == ';') return false;
    return true;
}

http::Response consent_page(http::Context& ctx) {
    Citizen c = require_citizen_without_consent(ctx);
    auto consent = db::current_consent(*ctx.app.db, c.person.id);
    if (consent && consent->given) throw Redirect("/saker");
    http::Page page(ctx, "pages/consent.tpl", "consent_title");
    if (consent && !consent->given) page.body().ShowSection("WITHDRAWN");
    page.body().SetValue("channel_text", ctx.msg.at(c.person.kind == "lawyer" ? "consent_notice_lawyer" : "consent_notice_private"));
    return page.render();
}

http::Response give_consent(http::Context& ctx) {
    Citizen c = require_citizen_without_consent(ctx);
    auth::require_csrf(ctx, c.session);
    if (ctx.req.form_value("samtykke") == nullptr) throw HttpError(400, "consent box not ticked");
    auto consent = db::current_consent(*ctx.app.db, c.person.id);
    if (!consent || !consent->given) record_consent(ctx, c, true);
    throw Redirect("/saker");
}

http::Response profile_page(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    auto consent = db::current_consent(*ctx.app.db, c.person.id);
    http::Page page(ctx, "pages/profile.tpl", "profile_title");
    auto& d = page.body();
    d.SetValue("person_name", c.person.name);
    d.SetValue("consent_since", consent ? oslo::format_datetime(oslo::parse_utc_datetime(consent->at), ctx.lang) : "");
    d.SetValue("consent_version", consent ? consent->text_version : "");
    d.SetValue("language_name", ctx.msg.at("language_name_" + ctx.lang));
    if (c.person.kind == "lawyer") {
        auto* l = d.AddSectionDictionary("LAWYER");
        l->SetValue("email", c.person.email);
        if (const std::string* saved = ctx.req.query_value("lagret"); saved && *saved == "1") d.ShowSection("EMAIL_SAVED");
    } else {
        d.ShowSection("PRIVATE");
    }
    return page.render();
}

http::Response withdraw_consent(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    auth::require_csrf(ctx, c.session);
    record_consent(ctx, c, false);
    throw Redirect("/samtykke");
}

http::Response update_email(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    auth::require_csrf(ctx, c.session);
    if (c.person.kind != "lawyer") throw HttpError(404, "only lawyers have an e-mail channel");
    const std::string* email = ctx.req.form_value("epost");
    if (!email || !valid_email(*email)) {
        http::Page page(ctx, "pages/profile.tpl", "profile_title");
        auto* l = page.body().AddSectionDictionary("LAWYER");
        l->SetValue("email", email ? *email : "");
        l->ShowSection("EMAIL_ERROR");
        page.body().SetValue("person_name", c.person.name);
        page.body().SetValue("language_name", ctx.msg.at("language_name_" + ctx.lang));
        return page.render(400);
    }
    db::Transaction tx(*ctx.app.db);
    db::update_email(*ctx.app.db, c.person.id, *email);
    audit(ctx, c.person.id, "profile.email", "person:" + std::to_string(c.person.id));
    tx.commit();
    throw Redirect("/profil?lagret=1");
}

http::Response blocked_page(http::Context& ctx) {
    auth::Session s = auth::require_session(ctx);
    if (!db::active_block(*ctx.app.db, s.person_id)) throw Redirect("/saker");
    http::Page page(ctx, "pages/blocked.tpl", "blocked_title");
    return page.render(403);
}

}  // namespace minside::portal
