// Client authentication at the token endpoint, the three ways ID-porten accepts:
// client_secret_basic, client_secret_post and private_key_jwt (RFC 7523 assertions).
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "core/jwt.h"
#include "devidp/config.h"

namespace minside::devidp {

extern const char kJwtBearerType[];  // urn:ietf:params:oauth:client-assertion-type:jwt-bearer
constexpr int64_t kMaxAssertionLifetime = 120;  // exp − iat, seconds (ID-porten's limit)

struct Client {
    ClientConfig cfg;
    jwt::Pkey public_key;  // from cfg.key_file; null when the client has no key
};

// Loads each client's key file and keeps only the public half. Throws on an unreadable key.
std::map<std::string, Client> load_clients(const DevidpConfig& cfg);
Client make_client(ClientConfig cfg, EVP_PKEY* key_or_null);  // public half of `key`

// Remembers assertion ids so an assertion cannot be replayed while it is still valid.
class JtiCache {
public:
    bool remember(const std::string& jti, int64_t exp);  // false: seen before
    void prune(int64_t now);

private:
    std::map<std::string, int64_t> seen_;
};

// "Basic base64(urlenc(id):urlenc(secret))" → id, secret (RFC 6749 §2.3.1). False if malformed.
bool parse_basic_authorization(const std::string& header, std::string& id, std::string& secret);

// private_key_jwt: RS256/384/512 signature by the client's key, iss == sub == client id,
// aud == issuer (or an array holding it), exp after `now`, iat present, exp − iat ≤ 120 s,
// a jti. Returns "" when valid, else the reason (for the log only); fills jti and exp for
// the replay check, which the caller does with its JtiCache.
std::string check_client_assertion(const std::string& assertion, const Client& client, const std::string& issuer,
                                   int64_t now, std::string& jti, int64_t& exp);

struct ClientAuthResult {
    bool ok = false;
    std::string client_id;
    std::string why;          // failure reason for the log
    bool used_basic = false;  // answer 401 with WWW-Authenticate: Basic
};

// Exactly one method must be used. `form` is the token request's body.
ClientAuthResult authenticate_client(const std::map<std::string, Client>& clients, const std::string& authorization,
                                     const std::map<std::string, std::string>& form, const std::string& issuer,
                                     int64_t now, JtiCache& jtis);

}  // namespace minside::devidp
