#include <cppunit/extensions/HelperMacros.h>

#include "auth/acr.h"
#include "auth/id_token.h"
#include "auth/pkce.h"
#include "core/crypto.h"
#include "core/jwt.h"

using namespace minside;
using nlohmann::json;

namespace {
jwt::Pkey& key1() {
    static jwt::Pkey k = jwt::generate_rsa_key(2048);
    return k;
}
jwt::Pkey& key2() {
    static jwt::Pkey k = jwt::generate_rsa_key(2048);
    return k;
}

json good_claims(int64_t now) {
    return {{"iss", "https://test.idporten.no"}, {"aud", "minside"}, {"sub", "abc"}, {"pid", "01017012345"},
            {"acr", "idporten-loa-substantial"}, {"amr", {"MinID"}}, {"sid", "s1"}, {"nonce", "n1"},
            {"iat", now}, {"exp", now + 120}, {"auth_time", now}, {"jti", "j"}};
}

auth::Expectations expect(int64_t now) { return {"https://test.idporten.no", "minside", "n1", "idporten-loa-substantial", now, 5}; }

auth::KeyLookup keys() {
    return [](const std::string& kid) -> EVP_PKEY* { return kid == "k1" ? key1().get() : nullptr; };
}

std::string sign(const json& claims, const std::string& kid = "k1", EVP_PKEY* k = nullptr) {
    return jwt::sign_rs256({{"alg", "RS256"}, {"kid", kid}}, claims, k ? k : key1().get());
}

std::string refusal(const std::string& token, int64_t now) {
    try {
        auth::validate_id_token(token, expect(now), keys());
    } catch (const auth::LoginRefused& e) {
        return e.reason();
    }
    return "accepted";
}
}  // namespace

class JwtTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(JwtTest);
    CPPUNIT_TEST(malformed_tokens_rejected);
    CPPUNIT_TEST(sign_then_verify);
    CPPUNIT_TEST(jwk_roundtrip);
    CPPUNIT_TEST(valid_token_accepted);
    CPPUNIT_TEST(each_bad_claim_refused);
    CPPUNIT_TEST(alg_none_and_hs256_refused);
    CPPUNIT_TEST(wrong_and_unknown_key_refused);
    CPPUNIT_TEST(leeway_is_five_seconds);
    CPPUNIT_TEST(pkce_s256);
    CPPUNIT_TEST(acr_ordering);
    CPPUNIT_TEST_SUITE_END();

public:
    void malformed_tokens_rejected() {
        for (std::string bad : std::vector<std::string>{"", "a", "a.b", "a.b.c.d", "!!.e30.", "e30.!!.", "e30.e30.!!", "W10.e30.", "e30.bnVsbA.",
                                "eyJ.e30.", std::string(20000, 'a')}) {
            CPPUNIT_ASSERT_THROW_MESSAGE(bad.substr(0, 20), jwt::parse(bad), jwt::JwtError);
        }
        jwt::Token t = jwt::parse("e30.e30.");  // {} . {} . empty signature: parses, never verifies
        CPPUNIT_ASSERT(!jwt::verify(t, key1().get()));
    }
    void sign_then_verify() {
        std::string tok = sign({{"x", 1}});
        jwt::Token t = jwt::parse(tok);
        CPPUNIT_ASSERT(jwt::verify(t, key1().get()));
        CPPUNIT_ASSERT(!jwt::verify(t, key2().get()));
        t.signing_input[5] ^= 1;
        CPPUNIT_ASSERT(!jwt::verify(t, key1().get()));
    }
    void jwk_roundtrip() {
        json jwk = jwt::rsa_public_jwk(key1().get(), "k1");
        jwt::Pkey pub = jwt::rsa_public_key_from_jwk(jwk);
        CPPUNIT_ASSERT(jwt::verify(jwt::parse(sign({{"y", 2}})), pub.get()));
        CPPUNIT_ASSERT_THROW(jwt::rsa_public_key_from_jwk({{"kty", "EC"}}), jwt::JwtError);
        CPPUNIT_ASSERT_THROW(jwt::rsa_public_key_from_jwk({{"kty", "RSA"}, {"n", "AQAB"}, {"e", "AQAB"}}), jwt::JwtError);
    }
    void valid_token_accepted() {
        auth::Claims c = auth::validate_id_token(sign(good_claims(1000)), expect(1000), keys());
        CPPUNIT_ASSERT_EQUAL(std::string("01017012345"), c.pid);
        CPPUNIT_ASSERT_EQUAL(std::string("s1"), c.sid);
    }
    void each_bad_claim_refused() {
        struct Case { const char* field; json value; const char* reason; };
        std::vector<Case> cases = {
            {"iss", "https://test.idporten.no/", "bad_iss"}, {"aud", "other", "bad_aud"},
            {"aud", json::array({"minside", "evil"}), "bad_aud"},
            {"nonce", "n2", "bad_nonce"}, {"acr", "idporten-loa-low", "low_acr"}, {"acr", "Level2", "low_acr"},
            {"exp", 900, "expired"}, {"iat", 2000, "not_yet_valid"}};
        for (const auto& c : cases) {
            json claims = good_claims(1000);
            claims[c.field] = c.value;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.field, std::string(c.reason), refusal(sign(claims), 1000));
        }
        json no_pid = good_claims(1000);
        no_pid.erase("pid");
        CPPUNIT_ASSERT_EQUAL(std::string("no_pid"), refusal(sign(no_pid), 1000));
        json high = good_claims(1000);
        high["acr"] = "idporten-loa-high";
        CPPUNIT_ASSERT_EQUAL(std::string("accepted"), refusal(sign(high), 1000));
        high["acr"] = "Level4";
        CPPUNIT_ASSERT_EQUAL(std::string("accepted"), refusal(sign(high), 1000));
    }
    void alg_none_and_hs256_refused() {
        std::string none = crypto::base64url_encode(R"({"alg":"none","kid":"k1"})") + "." +
                           crypto::base64url_encode(good_claims(1000).dump()) + ".";
        CPPUNIT_ASSERT_EQUAL(std::string("bad_alg"), refusal(none, 1000));
        std::string hs = crypto::base64url_encode(R"({"alg":"HS256","kid":"k1"})") + "." +
                         crypto::base64url_encode(good_claims(1000).dump()) + "." + crypto::base64url_encode("sig");
        CPPUNIT_ASSERT_EQUAL(std::string("bad_alg"), refusal(hs, 1000));
    }
    void wrong_and_unknown_key_refused() {
        CPPUNIT_ASSERT_EQUAL(std::string("unknown_key"), refusal(sign(good_claims(1000), "k9"), 1000));
        CPPUNIT_ASSERT_EQUAL(std::string("bad_signature"), refusal(sign(good_claims(1000), "k1", key2().get()), 1000));
    }
    void leeway_is_five_seconds() {
        json c = good_claims(1000);  // exp = 1120
        CPPUNIT_ASSERT_EQUAL(std::string("accepted"), refusal(sign(c), 1125));
        CPPUNIT_ASSERT_EQUAL(std::string("expired"), refusal(sign(c), 1126));
        CPPUNIT_ASSERT_EQUAL(std::string("accepted"), refusal(sign(c), 995));
        CPPUNIT_ASSERT_EQUAL(std::string("not_yet_valid"), refusal(sign(c), 994));
    }
    void pkce_s256() {
        // RFC 7636 appendix B
        CPPUNIT_ASSERT_EQUAL(std::string("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
                             auth::code_challenge_s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        std::string v = auth::make_code_verifier();
        CPPUNIT_ASSERT(auth::valid_code_verifier(v));
        CPPUNIT_ASSERT(!auth::valid_code_verifier(std::string(42, 'a')));
        CPPUNIT_ASSERT(!auth::valid_code_verifier(std::string(129, 'a')));
        CPPUNIT_ASSERT(!auth::valid_code_verifier(std::string(43, 'a') + "+"));
    }
    void acr_ordering() {
        CPPUNIT_ASSERT(auth::acr_satisfies("idporten-loa-high", "idporten-loa-substantial"));
        CPPUNIT_ASSERT(auth::acr_satisfies("idporten-loa-substantial", "idporten-loa-substantial"));
        CPPUNIT_ASSERT(!auth::acr_satisfies("idporten-loa-substantial", "idporten-loa-high"));
        CPPUNIT_ASSERT(auth::acr_satisfies("Level4", "idporten-loa-high"));
        CPPUNIT_ASSERT(auth::acr_satisfies("Level3", "idporten-loa-substantial"));
        CPPUNIT_ASSERT(!auth::acr_satisfies("idporten-loa-low", "idporten-loa-substantial"));
        CPPUNIT_ASSERT(!auth::acr_satisfies("", "idporten-loa-substantial"));
        CPPUNIT_ASSERT(!auth::acr_satisfies("idporten-loa-high", "bogus"));
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(JwtTest);
