// Signing keys, the ID token, and the deliberate faults /control can switch on so the
// client's negative tests have something to reject.
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/jwt.h"

namespace minside::devidp {

extern const char kKid1[];        // "devidp-key-1"
extern const char kKid2[];        // "devidp-key-2"
extern const char kUnknownKid[];  // "devidp-unknown": signs, never published

enum class Misbehaviour { none, bad_nonce, bad_aud, bad_iss, expired, alg_none, unknown_key, low_acr, bad_signature };

std::optional<Misbehaviour> parse_misbehaviour(const std::string& s);
std::string to_string(Misbehaviour m);

// Two published keys (for key-rotation tests) and one that is never published.
struct SigningKeys {
    jwt::Pkey key1, key2, unknown;

    static SigningKeys generate();
    EVP_PKEY* published(const std::string& kid) const;  // key 1 or 2; null otherwise
    nlohmann::json jwks() const;
};

// Pairwise subject: stable for one client and person, unlinkable across clients.
std::string pairwise_sub(const std::string& key, const std::string& client_id, const std::string& pid);

struct IdTokenInput {
    std::string issuer, client_id, sub, pid, acr, sid, locale, nonce;
    std::vector<std::string> amr;
    int64_t auth_time = 0;
    int64_t now = 0;
};

constexpr int64_t kIdTokenSeconds = 120;

nlohmann::json id_token_claims(const IdTokenInput& in);
// Claims, with `m` applied, signed with `kid` (or as `m` dictates).
std::string make_id_token(const IdTokenInput& in, const SigningKeys& keys, const std::string& kid, Misbehaviour m);

// The payload of a token one of our published keys signed; expiry is not checked (as
// ID-porten's end_session does with id_token_hint). nullopt when not ours or malformed.
std::optional<nlohmann::json> verify_own_token(const std::string& compact, const SigningKeys& keys);

}  // namespace minside::devidp
