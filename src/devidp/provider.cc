#include "devidp/provider.h"

#include "core/crypto.h"
#include "http/cookies.h"

namespace minside::devidp {

const char kSessionCookie[] = "idp_session";

namespace {

// "http://host:port/some/path" → "/some/path"; "" when the issuer is just an origin.
std::string path_of(const std::string& url) {
    auto scheme = url.find("://");
    auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    return slash == std::string::npos ? "" : url.substr(slash);
}

void add_page_headers(http::Response& r) {
    r.set_header("Cache-Control", "no-store");
    r.set_header("X-Content-Type-Options", "nosniff");
    r.set_header("Referrer-Policy", "no-referrer");
    // No script or style at all; the logout page frames the clients' front-channel URIs.
    // No form-action: browsers would apply it to the redirect after the login form too.
    r.set_header("Content-Security-Policy",
                 "default-src 'none'; frame-src http: https:; frame-ancestors 'none'; base-uri 'none'");
}

}  // namespace

std::string Request::param(const std::string& name) const {
    const Params& p = params();
    auto it = p.find(name);
    return it == p.end() ? std::string() : it->second;
}

http::Response json_response(int status, const nlohmann::json& body) {
    http::Response r = http::Response::text(status, "application/json", body.dump());
    r.set_header("Cache-Control", "no-store");
    r.set_header("Pragma", "no-cache");
    r.set_header("X-Content-Type-Options", "nosniff");
    return r;
}

http::Response oauth_error(int status, const std::string& error, const std::string& description) {
    nlohmann::json body = {{"error", error}};
    if (!description.empty()) body["error_description"] = description;
    return json_response(status, body);
}

http::Response html_response(int status, std::string body) {
    http::Response r = http::Response::text(status, "text/html; charset=utf-8", std::move(body));
    add_page_headers(r);
    return r;
}

Provider::Provider(DevidpConfig cfg) : Provider(cfg, load_clients(cfg)) {}

Provider::Provider(DevidpConfig cfg, std::map<std::string, Client> clients)
    : cfg_(std::move(cfg)),
      clients_(std::move(clients)),
      keys_(SigningKeys::generate()),
      pairwise_key_(crypto::random_bytes(32)),
      base_path_(path_of(cfg_.issuer)),
      clock_(cfg_.clock_offset_file) {}

const Client* Provider::client(const std::string& id) const {
    auto it = clients_.find(id);
    return it == clients_.end() ? nullptr : &it->second;
}

std::string Provider::session_cookie_header(const std::string& value, bool clear) const {
    http::SetCookie c;
    c.name = kSessionCookie;
    c.value = value;
    c.path = "/";
    if (clear) c.max_age = 0;
    c.secure = cfg_.issuer.rfind("https://", 0) == 0;  // a Secure cookie is dropped over plain http
    c.http_only = true;
    c.same_site = "Lax";
    return http::format_set_cookie(c);
}

http::Response Provider::handle(const Request& req) {
    clock_.refresh();
    const int64_t now = clock_.now();
    store_.prune(now);
    jtis_.prune(now);
    if (req.path.compare(0, base_path_.size(), base_path_) != 0) return oauth_error(404, "not_found", "");
    const std::string p = req.path.substr(base_path_.size());
    if (p == "/.well-known/openid-configuration") return discovery(req);
    if (p == "/jwks") return jwks(req);
    if (p == "/authorize") return authorize(req);
    if (p == "/authorize/login") return login(req);
    if (p == "/token") return token(req);
    if (p == "/endsession") return endsession(req);
    if (p == "/control" && cfg_.control) return control_endpoint(req);
    return oauth_error(404, "not_found", "");
}

http::Response Provider::discovery(const Request& req) const {
    if (req.method != "GET" && req.method != "HEAD") return oauth_error(405, "invalid_request", "use GET");
    return json_response(200, {
        {"issuer", cfg_.issuer},
        {"authorization_endpoint", endpoint("/authorize")},
        {"token_endpoint", endpoint("/token")},
        {"jwks_uri", endpoint("/jwks")},
        {"end_session_endpoint", endpoint("/endsession")},
        {"response_types_supported", {"code"}},
        {"grant_types_supported", {"authorization_code"}},
        {"scopes_supported", {"openid", "profile"}},
        {"code_challenge_methods_supported", {"S256"}},
        {"token_endpoint_auth_methods_supported", {"client_secret_basic", "client_secret_post", "private_key_jwt"}},
        {"token_endpoint_auth_signing_alg_values_supported", {"RS256", "RS384", "RS512"}},
        {"id_token_signing_alg_values_supported", {"RS256"}},
        {"acr_values_supported", {"idporten-loa-substantial", "idporten-loa-high"}},
        {"ui_locales_supported", {"nb", "nn", "en", "se"}},
        {"frontchannel_logout_supported", true},
        {"frontchannel_logout_session_supported", true},
        {"authorization_response_iss_parameter_supported", true},
        {"subject_types_supported", {"pairwise"}},
    });
}

http::Response Provider::jwks(const Request& req) const {
    if (req.method != "GET" && req.method != "HEAD") return oauth_error(405, "invalid_request", "use GET");
    return json_response(200, keys_.jwks());
}

// Test-only switches (enabled by `control = true`). Every field is checked before any
// is applied, so a bad request changes nothing.
http::Response Provider::control_endpoint(const Request& req) {
    if (req.method == "POST") {
        std::optional<Misbehaviour> m = control_.misbehave;
        std::string kid = control_.signing_kid;
        if (req.form.count("misbehave")) m = parse_misbehaviour(req.form.at("misbehave"));
        if (req.form.count("signing_kid")) kid = req.form.at("signing_kid");
        if (!m) return oauth_error(400, "invalid_request", "unknown misbehave value");
        if (!keys_.published(kid)) return oauth_error(400, "invalid_request", "unknown signing_kid");
        control_.misbehave = *m;
        control_.signing_kid = kid;
    } else if (req.method != "GET") {
        return oauth_error(405, "invalid_request", "use GET or POST");
    }
    return json_response(200, {{"misbehave", to_string(control_.misbehave)},
                               {"signing_kid", control_.signing_kid},
                               {"clock_offset", clock_.offset()},
                               {"now", clock_.now()},
                               {"sessions", store_.session_count()}});
}

}  // namespace minside::devidp
