#include "auth/logout_handlers.h"

#include "audit/audit_log.h"
#include "auth/guard.h"
#include "auth/oidc_client.h"
#include "core/crypto.h"
#include "core/errors.h"
#include "core/log.h"
#include "db/session_repo.h"
#include "http/view.h"

namespace minside::auth {
namespace {

// "https://login.idporten.no" from "https://login.idporten.no/authorize".
std::string origin_of(const std::string& url) {
    auto scheme = url.find("://");
    if (scheme == std::string::npos) return url;
    auto path = url.find('/', scheme + 3);
    return path == std::string::npos ? url : url.substr(0, path);
}

}  // namespace

http::Response logout(http::Context& ctx) {
    auto s = current_session(ctx);
    if (!s) throw Redirect("/");
    require_csrf(ctx, *s);
    end_session(ctx, *s, "logout");
    std::string target = "/logget-ut";
    try {
        const Endpoints& ep = provider_for(ctx.app.config.idporten_issuer).endpoints();
        target = end_session_url(ctx.app.config, ep, s->id_token, crypto::random_token(16));
    } catch (const ProviderUnavailable& e) {
        // Our session is gone already; ID-porten's single sign-on ends by itself.
        log::warning(std::string("logout without end_session, ID-porten unavailable: ") + e.what());
    }
    // A page that moves on by itself, not a redirect: the page the person pressed "Log out"
    // on allows forms to post to this site only (CSP form-action 'self'), and browsers apply
    // that to the redirects that follow a post too.
    ctx.csrf_token.clear();
    http::Page page(ctx, "pages/logging_out.tpl", "logging_out_title");
    page.body().SetValue("end_session_url", target);
    http::Response r = page.render();
    r.add_header("Set-Cookie", clear_session_cookie(ctx.app.config));
    return r;
}

http::Response logged_out(http::Context& ctx) {
    http::Page page(ctx, "pages/logged_out.tpl", "logged_out_title");
    http::Response r = page.render();
    r.add_header("Set-Cookie", clear_session_cookie(ctx.app.config));
    return r;
}

http::Response frontchannel_logout(http::Context& ctx) {
    const Config& cfg = ctx.app.config;
    const std::string* iss = ctx.req.query_value("iss");
    const std::string* sid = ctx.req.query_value("sid");
    if (!iss || *iss != cfg.idporten_issuer || !sid || sid->empty()) throw HttpError(400, "bad front-channel logout");
    for (auto [session_id, person_id] : db::sessions_by_idp_sid(*ctx.app.db, *sid)) {
        db::Transaction tx(*ctx.app.db);
        db::delete_session(*ctx.app.db, session_id);
        const std::string who = "person:" + std::to_string(person_id);
        audit::record(*ctx.app.db, {who, who, "logout.frontchannel", "session:" + std::to_string(session_id),
                                    ctx.req.remote_addr, ctx.req.request_id});
        tx.commit();
    }
    http::Response r = http::Response::text(200, "text/plain; charset=utf-8", "ok\n");
    std::string frame_origin;
    try {
        frame_origin = origin_of(provider_for(cfg.idporten_issuer).endpoints().authorization);
    } catch (const ProviderUnavailable&) {
        frame_origin = origin_of(cfg.idporten_issuer);
    }
    // Only ID-porten's login page may frame this one (it does, to log us out).
    r.set_header("Content-Security-Policy", "default-src 'none'; frame-ancestors " + frame_origin);
    r.set_header("X-Frame-Options", "");
    r.add_header("Set-Cookie", clear_session_cookie(cfg));
    return r;
}

}  // namespace minside::auth
