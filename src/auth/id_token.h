// ID token validation per OpenID Connect Core 3.1.3.7, with ID-porten's rules:
// RSA signature by a key from the JWKS, exact iss, our client in aud and no stranger,
// exp/iat with 5 s leeway, our nonce, acr at least what we asked for, pid present.
#pragma once
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include <openssl/evp.h>

namespace minside::auth {

// A login that must be refused; reason() is a short code for the audit log.
class LoginRefused : public std::runtime_error {
public:
    LoginRefused(std::string reason, const std::string& detail)
        : std::runtime_error(detail), reason_(std::move(reason)) {}
    const std::string& reason() const { return reason_; }

private:
    std::string reason_;
};

struct Expectations {
    std::string issuer, client_id, nonce, required_acr;
    int64_t now = 0;
    int64_t leeway = 5;
};

struct Claims {
    std::string pid, sub, sid, acr, locale;
    int64_t auth_time = 0;
};

using KeyLookup = std::function<EVP_PKEY*(const std::string& kid)>;

// Throws LoginRefused with reasons: malformed, bad_alg, unknown_key, bad_signature, bad_iss,
// bad_aud, expired, not_yet_valid, bad_nonce, low_acr, no_pid.
Claims validate_id_token(const std::string& token, const Expectations& expect, const KeyLookup& keys);

}  // namespace minside::auth
