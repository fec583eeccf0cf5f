#include "devidp/id_token.h"

#include "core/crypto.h"

namespace minside::devidp {

const char kKid1[] = "devidp-key-1";
const char kKid2[] = "devidp-key-2";
const char kUnknownKid[] = "devidp-unknown";

namespace {

const std::vector<std::pair<Misbehaviour, const char*>>& misbehaviour_names() {
    static const std::vector<std::pair<Misbehaviour, const char*>> names = {
        {Misbehaviour::none, "none"},           {Misbehaviour::bad_nonce, "bad_nonce"},
        {Misbehaviour::bad_aud, "bad_aud"},     {Misbehaviour::bad_iss, "bad_iss"},
        {Misbehaviour::expired, "expired"},     {Misbehaviour::alg_none, "alg_none"},
        {Misbehaviour::unknown_key, "unknown_key"}, {Misbehaviour::low_acr, "low_acr"},
        {Misbehaviour::bad_signature, "bad_signature"},
    };
    return names;
}

// Changes the claims the way `m` asks; the signature faults are handled when signing.
void apply_to_claims(nlohmann::json& c, const IdTokenInput& in, Misbehaviour m) {
    switch (m) {
        case Misbehaviour::bad_nonce: c["nonce"] = "wrong-nonce"; break;
        case Misbehaviour::bad_aud: c["aud"] = "someone-else"; break;
        case Misbehaviour::bad_iss: c["iss"] = in.issuer + "/evil"; break;
        case Misbehaviour::expired:
            c["iat"] = in.now - 600;
            c["exp"] = in.now - 480;
            break;
        case Misbehaviour::low_acr: c["acr"] = "idporten-loa-low"; break;
        default: break;
    }
}

std::string flip_last_signature_byte(const std::string& compact) {
    auto dot = compact.rfind('.');
    std::string sig;
    if (!crypto::base64url_decode(compact.substr(dot + 1), sig) || sig.empty()) throw jwt::JwtError("bad signature part");
    sig.back() = static_cast<char>(sig.back() ^ 0x01);
    return compact.substr(0, dot + 1) + crypto::base64url_encode(sig);
}

}  // namespace

std::optional<Misbehaviour> parse_misbehaviour(const std::string& s) {
    for (const auto& [m, name] : misbehaviour_names())
        if (s == name) return m;
    return std::nullopt;
}

std::string to_string(Misbehaviour m) {
    for (const auto& [v, name] : misbehaviour_names())
        if (v == m) return name;
    return "none";
}

SigningKeys SigningKeys::generate() {
    return SigningKeys{jwt::generate_rsa_key(2048), jwt::generate_rsa_key(2048), jwt::generate_rsa_key(2048)};
}

EVP_PKEY* SigningKeys::published(const std::string& kid) const {
    if (kid == kKid1) return key1.get();
    if (kid == kKid2) return key2.get();
    return nullptr;
}

nlohmann::json SigningKeys::jwks() const {
    return {{"keys", {jwt::rsa_public_jwk(key1.get(), kKid1), jwt::rsa_public_jwk(key2.get(), kKid2)}}};
}

std::string pairwise_sub(const std::string& key, const std::string& client_id, const std::string& pid) {
    return crypto::base64url_encode(crypto::hmac_sha256(key, client_id + "|" + pid));
}

nlohmann::json id_token_claims(const IdTokenInput& in) {
    return {{"iss", in.issuer},   {"aud", in.client_id}, {"sub", in.sub},
            {"pid", in.pid},      {"acr", in.acr},       {"amr", in.amr},
            {"sid", in.sid},      {"locale", in.locale}, {"auth_time", in.auth_time},
            {"nonce", in.nonce},  {"iat", in.now},       {"exp", in.now + kIdTokenSeconds},
            {"jti", crypto::random_token(16)}};
}

std::string make_id_token(const IdTokenInput& in, const SigningKeys& keys, const std::string& kid, Misbehaviour m) {
    nlohmann::json claims = id_token_claims(in);
    apply_to_claims(claims, in, m);
    if (m == Misbehaviour::alg_none) {
        nlohmann::json h = {{"alg", "none"}, {"typ", "JWT"}};
        return crypto::base64url_encode(h.dump()) + "." + crypto::base64url_encode(claims.dump()) + ".";
    }
    if (m == Misbehaviour::unknown_key)
        return jwt::sign_rs256({{"alg", "RS256"}, {"kid", kUnknownKid}, {"typ", "JWT"}}, claims, keys.unknown.get());
    EVP_PKEY* key = keys.published(kid);
    if (!key) throw jwt::JwtError("no published key " + kid);
    std::string token = jwt::sign_rs256({{"alg", "RS256"}, {"kid", kid}, {"typ", "JWT"}}, claims, key);
    return m == Misbehaviour::bad_signature ? flip_last_signature_byte(token) : token;
}

std::optional<nlohmann::json> verify_own_token(const std::string& compact, const SigningKeys& keys) {
    try {
        jwt::Token t = jwt::parse(compact);
        for (const char* kid : {kKid1, kKid2})
            if (jwt::verify(t, keys.published(kid))) return t.payload;
    } catch (const jwt::JwtError&) {
    }
    return std::nullopt;
}

}  // namespace minside::devidp
