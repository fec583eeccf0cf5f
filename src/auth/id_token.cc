#include "auth/id_token.h"

#include "auth/acr.h"
#include "core/jwt.h"

namespace minside::auth {
namespace {

std::string string_claim(const nlohmann::json& p, const char* name) {
    auto it = p.find(name);
    return it != p.end() && it->is_string() ? it->get<std::string>() : "";
}

int64_t time_claim(const nlohmann::json& p, const char* name) {
    auto it = p.find(name);
    if (it == p.end() || !it->is_number()) throw LoginRefused("malformed", std::string("no numeric ") + name);
    return it->get<int64_t>();
}

void check_audience(const nlohmann::json& p, const std::string& client_id) {
    auto it = p.find("aud");
    if (it == p.end()) throw LoginRefused("bad_aud", "no aud");
    if (it->is_string()) {
        if (it->get<std::string>() != client_id) throw LoginRefused("bad_aud", "aud is another client");
        return;
    }
    // An array must hold only us: any other audience is one we do not trust.
    if (!it->is_array() || it->empty()) throw LoginRefused("bad_aud", "aud malformed");
    for (const auto& a : *it)
        if (!a.is_string() || a.get<std::string>() != client_id) throw LoginRefused("bad_aud", "untrusted audience");
}

}  // namespace

Claims validate_id_token(const std::string& token, const Expectations& expect, const KeyLookup& keys) {
    jwt::Token t;
    try {
        t = jwt::parse(token);
    } catch (const jwt::JwtError& e) {
        throw LoginRefused("malformed", e.what());
    }
    const std::string alg = string_claim(t.header, "alg");
    if (!jwt::rsa_digest_for(alg)) throw LoginRefused("bad_alg", "algorithm '" + alg + "' not accepted");
    EVP_PKEY* key = keys(string_claim(t.header, "kid"));
    if (!key) throw LoginRefused("unknown_key", "no key with that kid");
    if (!jwt::verify(t, key)) throw LoginRefused("bad_signature", "signature does not verify");

    const nlohmann::json& p = t.payload;
    if (string_claim(p, "iss") != expect.issuer) throw LoginRefused("bad_iss", "issuer mismatch");
    check_audience(p, expect.client_id);
    const int64_t exp = time_claim(p, "exp"), iat = time_claim(p, "iat");
    if (exp + expect.leeway < expect.now) throw LoginRefused("expired", "token expired");
    if (iat - expect.leeway > expect.now) throw LoginRefused("not_yet_valid", "issued in the future");
    if (expect.nonce.empty() || string_claim(p, "nonce") != expect.nonce) throw LoginRefused("bad_nonce", "nonce mismatch");
    Claims c;
    c.acr = string_claim(p, "acr");
    if (!acr_satisfies(c.acr, expect.required_acr)) throw LoginRefused("low_acr", "acr '" + c.acr + "' too low");
    c.pid = string_claim(p, "pid");
    if (c.pid.empty()) throw LoginRefused("no_pid", "no pid claim");
    c.sub = string_claim(p, "sub");
    c.sid = string_claim(p, "sid");
    c.locale = string_claim(p, "locale");
    if (p.contains("auth_time") && p["auth_time"].is_number()) c.auth_time = p["auth_time"].get<int64_t>();
    return c;
}

}  // namespace minside::auth
