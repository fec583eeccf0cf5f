#include "auth/oidc_provider.h"

#include <ctime>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/http_client.h"

namespace minside::auth {
namespace {
constexpr int64_t kDiscoveryTtl = 24 * 3600;
constexpr int64_t kJwksCooldown = 5;  // seconds between refetches for an unknown kid

int64_t mono_seconds() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec;
}

nlohmann::json fetch_json(const std::string& url) {
    net::HttpResult r = net::perform({url, "GET", "", {"Accept: application/json"}, 5000});
    if (r.status != 200) throw ProviderUnavailable("GET " + url + ": " + (r.status ? std::to_string(r.status) : r.error));
    nlohmann::json j = nlohmann::json::parse(r.body, nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw ProviderUnavailable("GET " + url + ": not a JSON object");
    return j;
}

std::string required_string(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty())
        throw ProviderUnavailable(std::string("discovery lacks ") + key);
    return it->get<std::string>();
}
}  // namespace

void OidcProvider::fetch_discovery() {
    nlohmann::json d = fetch_json(issuer_ + "/.well-known/openid-configuration");
    Endpoints e;
    e.issuer = required_string(d, "issuer");
    if (e.issuer != issuer_) throw ProviderUnavailable("discovery names another issuer: " + e.issuer);
    e.authorization = required_string(d, "authorization_endpoint");
    e.token = required_string(d, "token_endpoint");
    e.jwks = required_string(d, "jwks_uri");
    e.end_session = required_string(d, "end_session_endpoint");
    endpoints_ = e;
    discovery_fetched_ = mono_seconds();
}

const Endpoints& OidcProvider::endpoints() {
    if (discovery_fetched_ == 0 || mono_seconds() - discovery_fetched_ > kDiscoveryTtl) fetch_discovery();
    return endpoints_;
}

void OidcProvider::fetch_jwks() {
    nlohmann::json j = fetch_json(endpoints().jwks);
    std::map<std::string, jwt::Pkey> keys;
    if (j.contains("keys") && j["keys"].is_array())
        for (const auto& k : j["keys"]) {
            if (!k.is_object() || !k.contains("kid") || !k["kid"].is_string()) continue;
            try {
                keys[k["kid"].get<std::string>()] = jwt::rsa_public_key_from_jwk(k);
            } catch (const jwt::JwtError&) {
                // a key we cannot use (another type, too short) is simply not trusted
            }
        }
    keys_ = std::move(keys);
    jwks_fetched_ = mono_seconds();
}

EVP_PKEY* OidcProvider::key_for(const std::string& kid) {
    auto it = keys_.find(kid);
    if (it != keys_.end()) return it->second.get();
    if (jwks_fetched_ != 0 && mono_seconds() - jwks_fetched_ < kJwksCooldown) return nullptr;
    fetch_jwks();
    it = keys_.find(kid);
    return it == keys_.end() ? nullptr : it->second.get();
}

OidcProvider& provider_for(const std::string& issuer) {
    static std::unique_ptr<OidcProvider> provider;
    static std::string for_issuer;
    if (!provider || for_issuer != issuer) {
        provider = std::make_unique<OidcProvider>(issuer);
        for_issuer = issuer;
    }
    return *provider;
}

}  // namespace minside::auth
