#include "auth/oidc_client.h"

#include <nlohmann/json.hpp>

#include "auth/id_token.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/http_client.h"
#include "core/jwt.h"
#include "core/strings.h"

namespace minside::auth {
namespace {

std::string with_query(const std::string& url, const std::vector<std::pair<std::string, std::string>>& q) {
    return url + (url.find('?') == std::string::npos ? "?" : "&") + net::form_encode(q);
}

EVP_PKEY* client_key(const Config& cfg) {
    static jwt::Pkey key;
    static std::string loaded_from;
    if (!key || loaded_from != cfg.idporten_client_key_file) {
        key = jwt::load_private_key_pem(cfg.idporten_client_key_file);
        loaded_from = cfg.idporten_client_key_file;
    }
    return key.get();
}

}  // namespace

std::string authorization_url(const Config& cfg, const Endpoints& ep, const AuthorizationRequest& r) {
    return with_query(ep.authorization, {{"response_type", "code"},
                                         {"client_id", cfg.idporten_client_id},
                                         {"redirect_uri", cfg.idporten_redirect_uri},
                                         {"scope", "openid"},
                                         {"state", r.state},
                                         {"nonce", r.nonce},
                                         {"code_challenge", r.code_challenge},
                                         {"code_challenge_method", "S256"},
                                         {"acr_values", cfg.idporten_acr},
                                         {"ui_locales", r.ui_locale}});
}

std::string client_assertion(const Config& cfg, const std::string& audience, int64_t now) {
    nlohmann::json header = {{"alg", "RS256"}, {"kid", cfg.idporten_client_key_id}, {"typ", "JWT"}};
    nlohmann::json payload = {{"iss", cfg.idporten_client_id}, {"sub", cfg.idporten_client_id},
                              {"aud", audience},               {"jti", crypto::random_token(16)},
                              {"iat", now},                    {"exp", now + 60}};
    return jwt::sign_rs256(header, payload, client_key(cfg));
}

std::string exchange_code(const Config& cfg, const Endpoints& ep, const std::string& code,
                          const std::string& code_verifier) {
    std::vector<std::pair<std::string, std::string>> form = {{"grant_type", "authorization_code"},
                                                             {"code", code},
                                                             {"redirect_uri", cfg.idporten_redirect_uri},
                                                             {"code_verifier", code_verifier},
                                                             {"client_id", cfg.idporten_client_id}};
    net::HttpRequest req{ep.token, "POST", "", {"Content-Type: application/x-www-form-urlencoded", "Accept: application/json"}, 8000};
    if (cfg.idporten_client_auth == "private_key_jwt") {
        form.emplace_back("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.emplace_back("client_assertion", client_assertion(cfg, ep.issuer, clock::now()));
    } else {
        std::string pair = url_encode(cfg.idporten_client_id) + ":" + url_encode(cfg.idporten_client_secret);
        std::string b64 = crypto::base64url_encode(pair);  // then to standard alphabet with padding:
        for (auto& c : b64) c = c == '-' ? '+' : c == '_' ? '/' : c;
        while (b64.size() % 4) b64 += '=';
        req.headers.push_back("Authorization: Basic " + b64);
    }
    req.body = net::form_encode(form);
    net::HttpResult r = net::perform(req);
    if (r.status == 0 || r.status >= 500) throw ProviderUnavailable("token endpoint: " + (r.status ? std::to_string(r.status) : r.error));
    nlohmann::json j = nlohmann::json::parse(r.body, nullptr, false);
    if (r.status != 200 || j.is_discarded() || !j.is_object() || !j.contains("id_token") || !j["id_token"].is_string()) {
        std::string err = (!j.is_discarded() && j.is_object() && j.contains("error") && j["error"].is_string())
                              ? j["error"].get<std::string>() : "status " + std::to_string(r.status);
        throw LoginRefused("token_error", "token request refused: " + err);
    }
    return j["id_token"].get<std::string>();
}

std::string end_session_url(const Config& cfg, const Endpoints& ep, const std::string& id_token,
                            const std::string& state) {
    return with_query(ep.end_session, {{"id_token_hint", id_token},
                                       {"post_logout_redirect_uri", cfg.idporten_post_logout_redirect_uri},
                                       {"state", state}});
}

}  // namespace minside::auth
