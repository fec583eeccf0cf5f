// What we know about ID-porten: its discovery document (cached about a day) and its
// signing keys by kid (refetched once, rate-limited, when a token names an unknown kid,
// so key rotation needs no restart). One instance per worker process.
#pragma once
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

#include "core/jwt.h"

namespace minside::auth {

// ID-porten could not be reached or answered nonsense: the login cannot go on now.
class ProviderUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Endpoints {
    std::string issuer, authorization, token, jwks, end_session;
};

class OidcProvider {
public:
    explicit OidcProvider(std::string issuer) : issuer_(std::move(issuer)) {}
    const Endpoints& endpoints();                 // throws ProviderUnavailable
    EVP_PKEY* key_for(const std::string& kid);   // nullptr if still unknown after one refetch

private:
    void fetch_discovery();
    void fetch_jwks();
    std::string issuer_;
    Endpoints endpoints_;
    int64_t discovery_fetched_ = 0;
    std::map<std::string, jwt::Pkey> keys_;
    int64_t jwks_fetched_ = 0;
};

// The worker's provider for the configured issuer.
OidcProvider& provider_for(const std::string& issuer);

}  // namespace minside::auth
