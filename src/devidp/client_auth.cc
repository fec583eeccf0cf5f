#include "devidp/client_auth.h"

#include "core/crypto.h"
#include "core/errors.h"
#include "core/strings.h"
#include "devidp/checks.h"

namespace minside::devidp {

const char kJwtBearerType[] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

namespace {

// Standard base64 (Basic credentials) through the base64url decoder: swap the two
// alphabet characters and drop the padding.
bool base64_decode(std::string text, std::string& raw) {
    while (!text.empty() && text.back() == '=') text.pop_back();
    for (auto& c : text) {
        if (c == '+') c = '-';
        else if (c == '/') c = '_';
        else if (c == '-' || c == '_') return false;
    }
    return crypto::base64url_decode(text, raw);
}

bool audience_ok(const nlohmann::json& aud, const std::string& issuer) {
    if (aud.is_string()) return aud.get<std::string>() == issuer;
    if (!aud.is_array()) return false;
    for (const auto& a : aud)
        if (a.is_string() && a.get<std::string>() == issuer) return true;
    return false;
}

bool secret_ok(const Client& c, const std::string& secret) {
    return !c.cfg.secret.empty() && crypto::equal_constant_time(c.cfg.secret, secret);
}

ClientAuthResult fail(const std::string& why, bool basic = false) {
    ClientAuthResult r;
    r.why = why;
    r.used_basic = basic;
    return r;
}

ClientAuthResult by_secret(const std::map<std::string, Client>& clients, const std::string& id,
                           const std::string& secret, bool basic) {
    auto it = clients.find(id);
    if (it == clients.end()) return fail("unknown client", basic);
    if (!secret_ok(it->second, secret)) return fail("wrong client secret", basic);
    ClientAuthResult r;
    r.ok = true;
    r.client_id = id;
    r.used_basic = basic;
    return r;
}

// The assertion names its client in iss (and sub); a client_id in the body must agree.
ClientAuthResult by_assertion(const std::map<std::string, Client>& clients, const std::map<std::string, std::string>& form,
                              const std::string& issuer, int64_t now, JtiCache& jtis) {
    if (value_of(form, "client_assertion_type") != kJwtBearerType) return fail("unsupported client_assertion_type");
    std::string id = value_of(form, "client_id");
    try {
        auto iss = jwt::parse(value_of(form, "client_assertion")).payload.value("iss", nlohmann::json());
        if (id.empty() && iss.is_string()) id = iss.get<std::string>();
    } catch (const jwt::JwtError& e) {
        return fail(std::string("malformed client assertion: ") + e.what());
    }
    auto it = clients.find(id);
    if (it == clients.end()) return fail("unknown client");
    std::string jti;
    int64_t exp = 0;
    std::string why = check_client_assertion(value_of(form, "client_assertion"), it->second, issuer, now, jti, exp);
    if (!why.empty()) return fail(why);
    if (!jtis.remember(jti, exp)) return fail("client assertion jti used before");
    ClientAuthResult r;
    r.ok = true;
    r.client_id = id;
    return r;
}

}  // namespace

Client make_client(ClientConfig cfg, EVP_PKEY* key) {
    Client c{std::move(cfg), nullptr};
    if (key) c.public_key = jwt::rsa_public_key_from_jwk(jwt::rsa_public_jwk(key, "client"));
    return c;
}

std::map<std::string, Client> load_clients(const DevidpConfig& cfg) {
    std::map<std::string, Client> out;
    for (const auto& [id, cc] : cfg.clients) {
        jwt::Pkey key;
        if (!cc.key_file.empty()) {
            try {
                key = jwt::load_private_key_pem(cc.key_file);
            } catch (const jwt::JwtError& e) {
                throw ConfigError("key 'client." + id + ".key_file': " + e.what());
            }
        }
        out.emplace(id, make_client(cc, key.get()));
    }
    return out;
}

bool JtiCache::remember(const std::string& jti, int64_t exp) {
    return seen_.emplace(jti, exp).second;
}

void JtiCache::prune(int64_t now) {
    // An assertion past its exp is refused anyway; a day's margin covers clock games.
    for (auto it = seen_.begin(); it != seen_.end();)
        it = it->second + 86400 < now ? seen_.erase(it) : std::next(it);
}

bool parse_basic_authorization(const std::string& header, std::string& id, std::string& secret) {
    std::string h = trim(header);
    if (h.size() < 6 || to_lower(h.substr(0, 6)) != "basic ") return false;
    std::string raw;
    if (!base64_decode(trim(h.substr(6)), raw)) return false;
    auto colon = raw.find(':');
    if (colon == std::string::npos) return false;
    return url_decode(raw.substr(0, colon), id) && url_decode(raw.substr(colon + 1), secret) && !id.empty();
}

std::string check_client_assertion(const std::string& assertion, const Client& client, const std::string& issuer,
                                   int64_t now, std::string& jti, int64_t& exp) {
    if (!client.public_key) return "client has no registered key";
    jwt::Token t;
    try {
        t = jwt::parse(assertion);
    } catch (const jwt::JwtError& e) {
        return std::string("malformed client assertion: ") + e.what();
    }
    // verify() accepts only RS256/384/512 as the header names them; "none" never passes.
    if (!jwt::verify(t, client.public_key.get())) return "client assertion signature invalid";
    const auto& p = t.payload;
    const std::string& id = client.cfg.id;
    if (p.value("iss", nlohmann::json()) != id || p.value("sub", nlohmann::json()) != id)
        return "client assertion iss/sub is not the client";
    if (!audience_ok(p.value("aud", nlohmann::json()), issuer)) return "client assertion aud is not the issuer";
    if (!p.contains("exp") || !p["exp"].is_number() || !p.contains("iat") || !p["iat"].is_number())
        return "client assertion lacks exp or iat";
    exp = p["exp"].get<int64_t>();
    int64_t iat = p["iat"].get<int64_t>();
    if (exp <= now) return "client assertion expired";
    if (exp - iat > kMaxAssertionLifetime) return "client assertion lives longer than 120 s";
    if (!p.contains("jti") || !p["jti"].is_string() || p["jti"].get<std::string>().empty())
        return "client assertion lacks jti";
    jti = p["jti"].get<std::string>();
    return "";
}

ClientAuthResult authenticate_client(const std::map<std::string, Client>& clients, const std::string& authorization,
                                     const std::map<std::string, std::string>& form, const std::string& issuer,
                                     int64_t now, JtiCache& jtis) {
    bool basic = !trim(authorization).empty();
    bool post = form.count("client_secret") > 0;
    bool assertion = form.count("client_assertion") > 0 || form.count("client_assertion_type") > 0;
    if (basic + post + assertion != 1) return fail(basic + post + assertion ? "more than one client authentication" : "no client authentication", basic);
    if (basic) {
        std::string id, secret;
        if (!parse_basic_authorization(authorization, id, secret)) return fail("malformed Basic credentials", true);
        if (form.count("client_id") && value_of(form, "client_id") != id) return fail("client_id differs from Basic", true);
        return by_secret(clients, id, secret, true);
    }
    if (post) return by_secret(clients, value_of(form, "client_id"), value_of(form, "client_secret"), false);
    return by_assertion(clients, form, issuer, now, jtis);
}

}  // namespace minside::devidp
