// JSON Web Tokens as ID-porten uses them: compact JWS, RSA signatures (RS256/384/512)
// verified with OpenSSL against public keys from a JWKS. Parsing rejects anything
// malformed before a signature is even looked at.
#pragma once
#include <openssl/evp.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace minside::jwt {

class JwtError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct PkeyDeleter {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct Token {
    nlohmann::json header;
    nlohmann::json payload;
    std::string signing_input;  // "<b64 header>.<b64 payload>"
    std::string signature;      // raw bytes
};

// Three base64url parts, header and payload JSON objects. Throws JwtError.
Token parse(const std::string& compact);

// The digest for "RS256"/"RS384"/"RS512"; nullptr for anything else ("none", "HS256", ...).
const EVP_MD* rsa_digest_for(const std::string& alg);

// True only for a valid RSA PKCS#1 v1.5 signature with the algorithm in the header.
bool verify(const Token& t, EVP_PKEY* key);

// An RSA public key from a JWK's "n" and "e" (base64url). Throws JwtError.
Pkey rsa_public_key_from_jwk(const nlohmann::json& jwk);
// The "n"/"e" of a key, for publishing a JWKS.
nlohmann::json rsa_public_jwk(EVP_PKEY* key, const std::string& kid);

Pkey load_private_key_pem(const std::string& path);  // throws JwtError
Pkey generate_rsa_key(int bits);

// "<header>.<payload>.<signature>" signed with RS256.
std::string sign_rs256(const nlohmann::json& header, const nlohmann::json& payload, EVP_PKEY* key);

}  // namespace minside::jwt
