#include "auth/login_handlers.h"

#include "audit/audit_log.h"
#include "auth/id_token.h"
#include "auth/oidc_client.h"
#include "auth/pkce.h"
#include "auth/session.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/errors.h"
#include "core/log.h"
#include "db/person_repo.h"
#include "db/session_repo.h"
#include "http/cookies.h"
#include "http/view.h"

namespace minside::auth {
namespace {

constexpr const char* kLoginCookie = "__Host-login";
constexpr int64_t kAttemptLifetime = 600;

http::SetCookie login_cookie(const Config& cfg, const std::string& value, long max_age) {
    http::SetCookie c;
    c.name = kLoginCookie;
    c.value = value;
    c.max_age = max_age;
    c.secure = cfg.cookie_secure;
    c.same_site = "Lax";  // Strict would not come back with ID-porten's redirect
    return c;
}

void audit_refusal(http::Context& ctx, const std::string& actor, const std::string& reason) {
    audit::record(*ctx.app.db, {actor, "", "login.refused", "reason:" + reason, ctx.req.remote_addr, ctx.req.request_id});
}

http::Response page(http::Context& ctx, const char* tpl, const char* title, int status) {
    http::Page p(ctx, tpl, title);
    http::Response r = p.render(status);
    r.add_header("Set-Cookie", http::format_set_cookie(login_cookie(ctx.app.config, "", 0)));
    return r;
}

http::Response refused(http::Context& ctx, const std::string& reason, const std::string& detail) {
    log::warning("login refused: " + reason + ": " + detail);
    audit_refusal(ctx, "anonymous", reason);
    return page(ctx, "pages/login_failed.tpl", "login_failed_title", reason == "cancelled" ? 200 : 400);
}

const std::string& param(const http::Context& ctx, const char* name) {
    static const std::string empty;
    const std::string* v = ctx.req.query_value(name);
    return v ? *v : empty;
}

// Checks everything that binds the answer to the attempt this browser started.
db::LoginAttempt take_matching_attempt(http::Context& ctx) {
    const std::string* cookie = ctx.req.cookie(kLoginCookie);
    if (!cookie) throw LoginRefused("no_login_cookie", "callback without the login cookie");
    auto attempt = db::take_login_attempt(*ctx.app.db, crypto::sha256_hex(*cookie));
    if (!attempt) throw LoginRefused("unknown_attempt", "no such login attempt (used or never started)");
    if (clock::now() - attempt->created_at > kAttemptLifetime) throw LoginRefused("attempt_expired", "login took too long");
    if (!crypto::equal_constant_time(param(ctx, "state"), attempt->state)) throw LoginRefused("bad_state", "state mismatch");
    if (param(ctx, "iss") != ctx.app.config.idporten_issuer) throw LoginRefused("bad_iss_param", "iss parameter mismatch");
    return *attempt;
}

struct ValidatedLogin {
    Claims claims;
    std::string id_token;  // kept for id_token_hint at logout; never logged
};

ValidatedLogin validated_login(http::Context& ctx, const db::LoginAttempt& attempt) {
    const Config& cfg = ctx.app.config;
    if (param(ctx, "code").empty()) throw LoginRefused("no_code", "callback without code");
    OidcProvider& provider = provider_for(cfg.idporten_issuer);
    const Endpoints& ep = provider.endpoints();
    std::string id_token = exchange_code(cfg, ep, param(ctx, "code"), attempt.code_verifier);
    Expectations expect{cfg.idporten_issuer, cfg.idporten_client_id, attempt.nonce, cfg.idporten_acr, clock::now(), 5};
    Claims c = validate_id_token(id_token, expect, [&](const std::string& kid) { return provider.key_for(kid); });
    return {std::move(c), std::move(id_token)};
}

}  // namespace

http::Response login_start(http::Context& ctx) {
    if (current_session(ctx)) throw Redirect("/saker");
    const Config& cfg = ctx.app.config;
    Endpoints ep;
    try {
        ep = provider_for(cfg.idporten_issuer).endpoints();
    } catch (const ProviderUnavailable& e) {
        log::error(std::string("ID-porten unavailable: ") + e.what());
        throw HttpError(503, "ID-porten unavailable");
    }
    const std::string token = crypto::random_token(32);
    db::LoginAttempt a{crypto::random_token(24), crypto::random_token(24), make_code_verifier(), clock::now()};
    db::insert_login_attempt(*ctx.app.db, crypto::sha256_hex(token), a);
    http::Response r = http::Response::redirect(
        authorization_url(cfg, ep, {a.state, a.nonce, code_challenge_s256(a.code_verifier), ctx.lang}), 303);
    r.add_header("Set-Cookie", http::format_set_cookie(login_cookie(cfg, token, kAttemptLifetime)));
    return r;
}

http::Response login_callback(http::Context& ctx) {
    try {
        db::LoginAttempt attempt = take_matching_attempt(ctx);
        if (!param(ctx, "error").empty())
            return refused(ctx, param(ctx, "error") == "access_denied" ? "cancelled" : "idp_error", param(ctx, "error"));
        auto [claims, id_token] = validated_login(ctx, attempt);
        const std::string pid_hmac = crypto::hex(crypto::hmac_sha256(ctx.app.config.pid_hmac_key, claims.pid));
        auto person = db::find_person_by_pid_hmac(*ctx.app.db, pid_hmac);
        if (!person || !db::has_pilot_case(*ctx.app.db, person->id)) {
            audit_refusal(ctx, person ? "person:" + std::to_string(person->id) : "pid-hmac:" + pid_hmac.substr(0, 16),
                          "not_pilot");
            return page(ctx, "pages/not_pilot.tpl", "not_pilot_title", 403);
        }
        if (auto old = current_session(ctx)) end_session(ctx, *old, "session.replaced");
        http::Response r = http::Response::redirect("/saker");
        r.add_header("Set-Cookie", start_session(ctx, person->id, claims.sid, id_token));
        r.add_header("Set-Cookie", http::format_set_cookie(login_cookie(ctx.app.config, "", 0)));
        return r;
    } catch (const LoginRefused& e) {
        return refused(ctx, e.reason(), e.what());
    } catch (const ProviderUnavailable& e) {
        log::error(std::string("ID-porten unavailable during login: ") + e.what());
        return refused(ctx, "idp_unavailable", e.what());
    }
}

}  // namespace minside::auth
