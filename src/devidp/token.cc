// POST /token: client authentication, then the code (single use, PKCE), then the tokens.
#include "core/crypto.h"
#include "core/log.h"
#include "devidp/checks.h"
#include "devidp/provider.h"

namespace minside::devidp {
namespace {

http::Response invalid_grant(const std::string& why) { return oauth_error(400, "invalid_grant", why); }

}  // namespace

http::Response Provider::token(const Request& req) {
    if (req.method != "POST") {
        http::Response r = oauth_error(405, "invalid_request", "use POST");
        r.set_header("Allow", "POST");
        return r;
    }
    ClientAuthResult auth = authenticate_client(clients_, req.authorization, req.form, cfg_.issuer, clock_.now(), jtis_);
    if (!auth.ok) {
        log::warning("token: client authentication failed: " + auth.why);
        http::Response r = oauth_error(401, "invalid_client", "");
        if (auth.used_basic) r.set_header("WWW-Authenticate", "Basic realm=\"devidp\"");
        return r;
    }
    if (value_of(req.form, "grant_type") != "authorization_code")
        return oauth_error(400, "unsupported_grant_type", "only authorization_code");
    if (value_of(req.form, "code").empty()) return oauth_error(400, "invalid_request", "code is required");
    return redeem(req, auth.client_id);
}

// The code is taken out of the store before anything is checked, so any second use fails.
http::Response Provider::redeem(const Request& req, const std::string& client_id) {
    std::optional<CodeGrant> g = store_.take_code(value_of(req.form, "code"));
    if (!g) return invalid_grant("unknown or already used code");
    if (g->expires < clock_.now()) return invalid_grant("code expired");
    if (g->client_id != client_id) return invalid_grant("code was issued to another client");
    if (g->redirect_uri != value_of(req.form, "redirect_uri")) return invalid_grant("redirect_uri differs");
    const std::string verifier = value_of(req.form, "code_verifier");
    if (!is_pkce_string(verifier)) return invalid_grant("code_verifier missing or malformed");
    if (!pkce_s256_matches(verifier, g->code_challenge)) return invalid_grant("PKCE verification failed");
    return json_response(200, {{"access_token", crypto::random_token(32)},  // never checked: no userinfo here
                               {"id_token", issue_id_token(*g)},
                               {"token_type", "Bearer"},
                               {"expires_in", 120},
                               {"scope", "openid"}});
}

std::string Provider::issue_id_token(const CodeGrant& g) {
    IdTokenInput in;
    in.issuer = cfg_.issuer;
    in.client_id = g.client_id;
    in.sub = pairwise_sub(pairwise_key_, g.client_id, g.pid);
    in.pid = g.pid;
    in.acr = g.acr;
    in.amr = g.amr;
    in.sid = g.sid;
    in.locale = g.locale;
    in.nonce = g.nonce;
    in.auth_time = g.auth_time;
    in.now = clock_.now();
    return make_id_token(in, keys_, control_.signing_kid, control_.misbehave);
}

}  // namespace minside::devidp
