// minside-devidp: configuration, the pure checks, client authentication, ID tokens and
// one whole login/token/logout flow driven in-process.
#include <cppunit/extensions/HelperMacros.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "core/crypto.h"
#include "core/errors.h"
#include "core/jwt.h"
#include "devidp/checks.h"
#include "devidp/client_auth.h"
#include "devidp/clock.h"
#include "devidp/config.h"
#include "devidp/id_token.h"
#include "devidp/pages.h"
#include "devidp/provider.h"
#include "devidp/store.h"
#include "http/query.h"

using namespace minside;
using namespace minside::devidp;
using nlohmann::json;

namespace {

const char kIssuer[] = "http://127.0.0.1:8082";

jwt::Pkey& client_key() {
    static jwt::Pkey k = jwt::generate_rsa_key(2048);
    return k;
}
jwt::Pkey& other_key() {
    static jwt::Pkey k = jwt::generate_rsa_key(2048);
    return k;
}
SigningKeys& signing_keys() {
    static SigningKeys k = SigningKeys::generate();
    return k;
}

std::string config_message(const std::string& text) {
    try {
        parse_devidp_config(text, "d.conf");
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

const char kConfig[] =
    "# devidp\n"
    "listen = /tmp/devidp.sock\n"
    "issuer = http://127.0.0.1:8082          # no trailing slash\n"
    "template_dir = " SOURCE_DIR "/tmpl\n"
    "control = true\n"
    "client.minside.secret = s3cret\n"
    "client.minside.redirect_uri = http://127.0.0.1:8080/logg-inn/callback\n"
    "client.minside.redirect_uri = http://localhost:8080/logg-inn/callback\n"
    "client.minside.post_logout_redirect_uri = http://127.0.0.1:8080/logget-ut\n"
    "client.minside.frontchannel_logout_uri = http://127.0.0.1:8080/logg-ut/frontchannel\n"
    "client.other.secret = o\n"
    "client.other.redirect_uri = http://127.0.0.1:9090/cb\n"
    "client.other.frontchannel_logout_uri = http://127.0.0.1:9090/fc?x=1\n"
    "person = 01017012345|Kari Nordmann\n"
    "person = 02028012345 | Ola Nordmann\n";

Client test_client(const std::string& id = "minside") {
    ClientConfig c;
    c.id = id;
    c.secret = "s3cret";
    c.redirect_uris = {"http://127.0.0.1:8080/cb"};
    return make_client(c, client_key().get());
}

std::string assertion(json claims, EVP_PKEY* key = nullptr) {
    return jwt::sign_rs256({{"alg", "RS256"}, {"kid", "c1"}}, claims, key ? key : client_key().get());
}

json assertion_claims(int64_t now) {
    return {{"iss", "minside"}, {"sub", "minside"}, {"aud", kIssuer},
            {"iat", now},       {"exp", now + 100}, {"jti", crypto::random_token(12)}};
}

std::string assertion_problem(const std::string& token, int64_t now) {
    std::string jti;
    int64_t exp = 0;
    return check_client_assertion(token, test_client(), kIssuer, now, jti, exp);
}

}  // namespace

class DevidpConfigTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DevidpConfigTest);
    CPPUNIT_TEST(parses_full_example);
    CPPUNIT_TEST(unknown_keys_are_named);
    CPPUNIT_TEST(issuer_is_checked);
    CPPUNIT_TEST(client_needs_redirect_and_credentials);
    CPPUNIT_TEST(person_needs_eleven_digits);
    CPPUNIT_TEST_SUITE_END();

public:
    void parses_full_example() {
        DevidpConfig c = parse_devidp_config(kConfig, "d.conf");
        CPPUNIT_ASSERT_EQUAL(std::string(kIssuer), c.issuer);
        CPPUNIT_ASSERT(c.control);
        CPPUNIT_ASSERT_EQUAL(size_t(2), c.clients.size());
        const ClientConfig& m = c.clients.at("minside");
        CPPUNIT_ASSERT_EQUAL(std::string("s3cret"), m.secret);
        CPPUNIT_ASSERT_EQUAL(size_t(2), m.redirect_uris.size());
        CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:8080/logget-ut"), m.post_logout_redirect_uris.at(0));
        CPPUNIT_ASSERT_EQUAL(size_t(2), c.persons.size());
        CPPUNIT_ASSERT_EQUAL(std::string("Ola Nordmann"), c.persons[1].name);
        CPPUNIT_ASSERT(!parse_devidp_config("listen=/s\nissuer=http://x\ntemplate_dir=/t\n", "d").control);
    }
    void unknown_keys_are_named() {
        std::string base = "listen=/s\nissuer=http://x\ntemplate_dir=/t\n";
        CPPUNIT_ASSERT(config_message(base + "colour = red\n").find("unknown key 'colour'") != std::string::npos);
        CPPUNIT_ASSERT(config_message(base + "client.minside.secrett = x\n").find("'client.minside.secrett'") !=
                       std::string::npos);
        CPPUNIT_ASSERT(config_message(base + "client.secret = x\n").find("'client.secret'") != std::string::npos);
        CPPUNIT_ASSERT(config_message(base + "just text\n").find("d.conf:4") != std::string::npos);
    }
    void issuer_is_checked() {
        CPPUNIT_ASSERT(config_message("listen=/s\nissuer=http://x/\ntemplate_dir=/t\n").find("issuer") != std::string::npos);
        CPPUNIT_ASSERT(config_message("listen=/s\ntemplate_dir=/t\n").find("issuer") != std::string::npos);
        CPPUNIT_ASSERT(config_message("issuer=http://x\ntemplate_dir=/t\n").find("listen") != std::string::npos);
    }
    void client_needs_redirect_and_credentials() {
        std::string base = "listen=/s\nissuer=http://x\ntemplate_dir=/t\n";
        CPPUNIT_ASSERT(config_message(base + "client.a.secret=x\n").find("client.a.redirect_uri") != std::string::npos);
        CPPUNIT_ASSERT(config_message(base + "client.a.redirect_uri=http://a/cb\n").find("client 'a'") != std::string::npos);
        CPPUNIT_ASSERT(config_message(base + "client.a.redirect_uri=/cb\n").find("redirect_uri") != std::string::npos);
    }
    void person_needs_eleven_digits() {
        std::string base = "listen=/s\nissuer=http://x\ntemplate_dir=/t\n";
        CPPUNIT_ASSERT(config_message(base + "person = 123|Kari\n").find("person") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(std::string(""), config_message(base + "person = 12345678901\n"));
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(DevidpConfigTest);

class DevidpChecksTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DevidpChecksTest);
    CPPUNIT_TEST(pkce_rfc7636_vector);
    CPPUNIT_TEST(pkce_rejects_bad_verifiers);
    CPPUNIT_TEST(acr_levels);
    CPPUNIT_TEST(locales_and_urls);
    CPPUNIT_TEST(clock_offset_text);
    CPPUNIT_TEST_SUITE_END();

public:
    void pkce_rfc7636_vector() {
        CPPUNIT_ASSERT(pkce_s256_matches("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
                                         "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        CPPUNIT_ASSERT(!pkce_s256_matches("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXK",
                                          "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }
    void pkce_rejects_bad_verifiers() {
        std::string v42(42, 'a'), v43(43, 'a'), v128(128, 'a'), v129(129, 'a');
        std::string challenge = crypto::base64url_encode(crypto::sha256(v42));
        CPPUNIT_ASSERT(!pkce_s256_matches(v42, challenge));  // too short even if the hash matches
        CPPUNIT_ASSERT(pkce_s256_matches(v43, crypto::base64url_encode(crypto::sha256(v43))));
        CPPUNIT_ASSERT(is_pkce_string(v128));
        CPPUNIT_ASSERT(!is_pkce_string(v129));
        CPPUNIT_ASSERT(!is_pkce_string(std::string(43, 'a') + "+"));
        CPPUNIT_ASSERT(!is_pkce_string(std::string(42, 'a') + "="));
    }
    void acr_levels() {
        const std::string sub = "idporten-loa-substantial", high = "idporten-loa-high";
        CPPUNIT_ASSERT_EQUAL(sub, *normalize_acr("Level3"));
        CPPUNIT_ASSERT_EQUAL(high, *normalize_acr("Level4"));
        CPPUNIT_ASSERT(!normalize_acr("idporten-loa-low"));
        CPPUNIT_ASSERT(acr_satisfies(high, sub));
        CPPUNIT_ASSERT(acr_satisfies(sub, sub));
        CPPUNIT_ASSERT(!acr_satisfies(sub, high));
        CPPUNIT_ASSERT(!acr_satisfies("idporten-loa-low", sub));
        CPPUNIT_ASSERT_EQUAL(sub, *required_acr(""));
        CPPUNIT_ASSERT_EQUAL(high, *required_acr("Level4"));
        CPPUNIT_ASSERT_EQUAL(sub, *required_acr("idporten-loa-high idporten-loa-substantial"));
        CPPUNIT_ASSERT(!required_acr("Level2"));
        CPPUNIT_ASSERT(!acr_satisfies(find_eid("minid")->acr, high));
        CPPUNIT_ASSERT(acr_satisfies(find_eid("commfides")->acr, high));
    }
    void locales_and_urls() {
        CPPUNIT_ASSERT_EQUAL(std::string("nb"), pick_locale(""));
        CPPUNIT_ASSERT_EQUAL(std::string("en"), pick_locale("de en nb"));
        CPPUNIT_ASSERT_EQUAL(std::string("se"), pick_locale("se"));
        CPPUNIT_ASSERT_EQUAL(std::string("nb"), page_language("nn"));
        CPPUNIT_ASSERT_EQUAL(std::string("en"), page_language("en"));
        CPPUNIT_ASSERT_EQUAL(std::string("http://a/cb?state=a%20b%26c&iss=http%3A%2F%2Fx"),
                             append_query("http://a/cb", {{"state", "a b&c"}, {"iss", "http://x"}}));
        CPPUNIT_ASSERT_EQUAL(std::string("http://a/cb?x=1&sid=s"), append_query("http://a/cb?x=1", {{"sid", "s"}}));
        CPPUNIT_ASSERT(has_word("profile openid", "openid"));
        CPPUNIT_ASSERT(!has_word("openidx", "openid"));
    }
    void clock_offset_text() {
        int64_t s = 99;
        CPPUNIT_ASSERT(parse_clock_offset(" \n", s) && s == 0);
        CPPUNIT_ASSERT(parse_clock_offset("-3600\n", s) && s == -3600);
        CPPUNIT_ASSERT(!parse_clock_offset("1h", s));
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(DevidpChecksTest);

class DevidpClientAuthTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DevidpClientAuthTest);
    CPPUNIT_TEST(valid_assertion);
    CPPUNIT_TEST(assertion_claims_checked);
    CPPUNIT_TEST(assertion_signature_checked);
    CPPUNIT_TEST(assertion_replay_refused);
    CPPUNIT_TEST(basic_credentials_are_url_decoded);
    CPPUNIT_TEST(secret_methods);
    CPPUNIT_TEST_SUITE_END();

    std::map<std::string, Client> clients() {
        std::map<std::string, Client> m;
        m.emplace("minside", test_client());
        return m;
    }

public:
    void valid_assertion() {
        const int64_t now = 1700000000;
        CPPUNIT_ASSERT_EQUAL(std::string(""), assertion_problem(assertion(assertion_claims(now)), now));
        json c = assertion_claims(now);
        c["aud"] = {"https://elsewhere", kIssuer};
        CPPUNIT_ASSERT_EQUAL(std::string(""), assertion_problem(assertion(c), now));
    }
    void assertion_claims_checked() {
        const int64_t now = 1700000000;
        auto with = [&](const char* k, json v) {
            json c = assertion_claims(now);
            if (v.is_null()) c.erase(k);
            else c[k] = v;
            return assertion_problem(assertion(c), now);
        };
        CPPUNIT_ASSERT(!with("iss", "other").empty());
        CPPUNIT_ASSERT(!with("sub", "other").empty());
        CPPUNIT_ASSERT(!with("aud", std::string(kIssuer) + "/").empty());
        CPPUNIT_ASSERT(!with("aud", json::array({"x"})).empty());
        CPPUNIT_ASSERT(!with("exp", now).empty());           // not in the future
        CPPUNIT_ASSERT(!with("iat", json()).empty());
        CPPUNIT_ASSERT(!with("iat", now - 30).empty());      // exp − iat = 130 > 120
        CPPUNIT_ASSERT(with("iat", now - 20).empty());       // exactly 120
        CPPUNIT_ASSERT(!with("jti", json()).empty());
    }
    void assertion_signature_checked() {
        const int64_t now = 1700000000;
        CPPUNIT_ASSERT(!assertion_problem(assertion(assertion_claims(now), other_key().get()), now).empty());
        json h = {{"alg", "none"}};
        std::string none = crypto::base64url_encode(h.dump()) + "." +
                           crypto::base64url_encode(assertion_claims(now).dump()) + ".";
        CPPUNIT_ASSERT(!assertion_problem(none, now).empty());
        CPPUNIT_ASSERT(!assertion_problem("garbage", now).empty());
    }
    void assertion_replay_refused() {
        const int64_t now = 1700000000;
        JtiCache jtis;
        std::map<std::string, std::string> form = {{"client_assertion_type", kJwtBearerType},
                                                   {"client_assertion", assertion(assertion_claims(now))}};
        auto cl = clients();
        auto first = authenticate_client(cl, "", form, kIssuer, now, jtis);
        CPPUNIT_ASSERT(first.ok);
        CPPUNIT_ASSERT_EQUAL(std::string("minside"), first.client_id);
        CPPUNIT_ASSERT(!authenticate_client(cl, "", form, kIssuer, now, jtis).ok);
        form["client_assertion_type"] = "urn:other";
        form["client_assertion"] = assertion(assertion_claims(now));
        CPPUNIT_ASSERT(!authenticate_client(cl, "", form, kIssuer, now, jtis).ok);
    }
    void basic_credentials_are_url_decoded() {
        std::string id, secret;
        CPPUNIT_ASSERT(parse_basic_authorization("Basic bWluJTIwc2lkZTpzJTNBY3JldA==", id, secret));
        CPPUNIT_ASSERT_EQUAL(std::string("min side"), id);
        CPPUNIT_ASSERT_EQUAL(std::string("s:cret"), secret);
        CPPUNIT_ASSERT(!parse_basic_authorization("Bearer abc", id, secret));
        CPPUNIT_ASSERT(!parse_basic_authorization("Basic !!!", id, secret));
    }
    void secret_methods() {
        JtiCache jtis;
        auto cl = clients();
        std::string basic = "Basic " + crypto::base64url_encode("minside:s3cret");  // no + or / in it
        CPPUNIT_ASSERT(authenticate_client(cl, basic, {}, kIssuer, 0, jtis).ok);
        auto wrong = authenticate_client(cl, "Basic " + crypto::base64url_encode("minside:nope"), {}, kIssuer, 0, jtis);
        CPPUNIT_ASSERT(!wrong.ok && wrong.used_basic);
        CPPUNIT_ASSERT(authenticate_client(cl, "", {{"client_id", "minside"}, {"client_secret", "s3cret"}}, kIssuer, 0, jtis).ok);
        CPPUNIT_ASSERT(!authenticate_client(cl, "", {{"client_id", "x"}, {"client_secret", "s3cret"}}, kIssuer, 0, jtis).ok);
        CPPUNIT_ASSERT(!authenticate_client(cl, basic, {{"client_secret", "s3cret"}}, kIssuer, 0, jtis).ok);
        CPPUNIT_ASSERT(!authenticate_client(cl, "", {{"client_id", "minside"}}, kIssuer, 0, jtis).ok);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(DevidpClientAuthTest);

class DevidpIdTokenTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DevidpIdTokenTest);
    CPPUNIT_TEST(pairwise_sub_per_client);
    CPPUNIT_TEST(good_token);
    CPPUNIT_TEST(claim_faults);
    CPPUNIT_TEST(signature_faults);
    CPPUNIT_TEST(jwks_has_two_keys);
    CPPUNIT_TEST_SUITE_END();

    IdTokenInput input() {
        IdTokenInput in;
        in.issuer = kIssuer;
        in.client_id = "minside";
        in.sub = "sub";
        in.pid = "01017012345";
        in.acr = "idporten-loa-high";
        in.amr = {"BankID"};
        in.sid = "sid1";
        in.locale = "nb";
        in.nonce = "n1";
        in.auth_time = 1000;
        in.now = 2000;
        return in;
    }
    json payload(const std::string& t) { return jwt::parse(t).payload; }

public:
    void pairwise_sub_per_client() {
        CPPUNIT_ASSERT_EQUAL(pairwise_sub("k", "minside", "01017012345"), pairwise_sub("k", "minside", "01017012345"));
        CPPUNIT_ASSERT(pairwise_sub("k", "minside", "01017012345") != pairwise_sub("k", "other", "01017012345"));
        CPPUNIT_ASSERT(pairwise_sub("k", "minside", "01017012345") != pairwise_sub("k", "minside", "02028012345"));
        CPPUNIT_ASSERT(pairwise_sub("k", "minside", "01017012345") != pairwise_sub("k2", "minside", "01017012345"));
    }
    void good_token() {
        std::string t = make_id_token(input(), signing_keys(), kKid1, Misbehaviour::none);
        jwt::Token tok = jwt::parse(t);
        CPPUNIT_ASSERT_EQUAL(std::string("RS256"), tok.header["alg"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(std::string(kKid1), tok.header["kid"].get<std::string>());
        CPPUNIT_ASSERT(jwt::verify(tok, signing_keys().key1.get()));
        json p = tok.payload;
        CPPUNIT_ASSERT_EQUAL(std::string("minside"), p["aud"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(int64_t(2120), p["exp"].get<int64_t>());
        CPPUNIT_ASSERT_EQUAL(json({"BankID"}), p["amr"]);
        for (const char* k : {"iss", "sub", "pid", "acr", "sid", "locale", "auth_time", "nonce", "iat", "jti"})
            CPPUNIT_ASSERT_MESSAGE(k, p.contains(k));
        std::string t2 = make_id_token(input(), signing_keys(), kKid2, Misbehaviour::none);
        CPPUNIT_ASSERT(jwt::verify(jwt::parse(t2), signing_keys().key2.get()));
        CPPUNIT_ASSERT(verify_own_token(t2, signing_keys()));
    }
    void claim_faults() {
        auto with = [&](Misbehaviour m) { return payload(make_id_token(input(), signing_keys(), kKid1, m)); };
        CPPUNIT_ASSERT_EQUAL(std::string("wrong-nonce"), with(Misbehaviour::bad_nonce)["nonce"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(std::string("someone-else"), with(Misbehaviour::bad_aud)["aud"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(std::string(kIssuer) + "/evil", with(Misbehaviour::bad_iss)["iss"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(int64_t(1520), with(Misbehaviour::expired)["exp"].get<int64_t>());
        CPPUNIT_ASSERT_EQUAL(int64_t(1400), with(Misbehaviour::expired)["iat"].get<int64_t>());
        CPPUNIT_ASSERT_EQUAL(std::string("idporten-loa-low"), with(Misbehaviour::low_acr)["acr"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(std::string("bad_signature"), to_string(*parse_misbehaviour("bad_signature")));
        CPPUNIT_ASSERT(!parse_misbehaviour("nonsense"));
    }
    void signature_faults() {
        std::string none = make_id_token(input(), signing_keys(), kKid1, Misbehaviour::alg_none);
        CPPUNIT_ASSERT_EQUAL('.', none.back());
        CPPUNIT_ASSERT_EQUAL(std::string("none"), jwt::parse(none).header["alg"].get<std::string>());
        CPPUNIT_ASSERT(!verify_own_token(none, signing_keys()));
        std::string unknown = make_id_token(input(), signing_keys(), kKid1, Misbehaviour::unknown_key);
        CPPUNIT_ASSERT_EQUAL(std::string(kUnknownKid), jwt::parse(unknown).header["kid"].get<std::string>());
        CPPUNIT_ASSERT(jwt::verify(jwt::parse(unknown), signing_keys().unknown.get()));
        CPPUNIT_ASSERT(!verify_own_token(unknown, signing_keys()));
        std::string bad = make_id_token(input(), signing_keys(), kKid1, Misbehaviour::bad_signature);
        CPPUNIT_ASSERT(!jwt::verify(jwt::parse(bad), signing_keys().key1.get()));
        CPPUNIT_ASSERT_EQUAL(std::string("01017012345"), payload(bad)["pid"].get<std::string>());
    }
    void jwks_has_two_keys() {
        json j = signing_keys().jwks();
        CPPUNIT_ASSERT_EQUAL(size_t(2), j["keys"].size());
        CPPUNIT_ASSERT_EQUAL(std::string(kKid1), j["keys"][0]["kid"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(std::string(kKid2), j["keys"][1]["kid"].get<std::string>());
        CPPUNIT_ASSERT(!j.dump().empty() && j.dump().find("\"d\"") == std::string::npos);  // no private parts
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(DevidpIdTokenTest);

class DevidpStoreTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DevidpStoreTest);
    CPPUNIT_TEST(code_is_single_use);
    CPPUNIT_TEST(pending_and_sessions_expire);
    CPPUNIT_TEST_SUITE_END();

public:
    void code_is_single_use() {
        Store s;
        CodeGrant g;
        g.client_id = "minside";
        std::string code = s.add_code(g);
        CPPUNIT_ASSERT(s.take_code(code));
        CPPUNIT_ASSERT(!s.take_code(code));
    }
    void pending_and_sessions_expire() {
        Store s;
        PendingRequest p;
        p.expires = 100;
        std::string id = s.add_pending(p);
        CPPUNIT_ASSERT(s.find_pending(id, 100));
        CPPUNIT_ASSERT(!s.find_pending(id, 101));
        SsoSession sess;
        sess.sid = "sid";
        sess.created = sess.last_used = 0;
        std::string cookie = s.create_session(sess);
        CPPUNIT_ASSERT(s.session_by_cookie(cookie, kSessionIdleSeconds));
        CPPUNIT_ASSERT_EQUAL(cookie, s.cookie_for_sid("sid", 10));
        CPPUNIT_ASSERT(!s.session_by_cookie(cookie, kSessionIdleSeconds + 1));
        s.prune(kSessionIdleSeconds + 1);
        CPPUNIT_ASSERT_EQUAL(size_t(0), s.session_count());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(DevidpStoreTest);

// The whole flow through Provider::handle, as nginx would deliver it (minus FastCGI).
class DevidpFlowTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DevidpFlowTest);
    CPPUNIT_TEST(login_token_logout);
    CPPUNIT_TEST(authorize_refusals);
    CPPUNIT_TEST(cancel_and_level);
    CPPUNIT_TEST(code_expires_on_the_clock);
    CPPUNIT_TEST_SUITE_END();

    std::unique_ptr<Provider> provider;
    std::string clock_file;
    const std::string verifier = std::string(50, 'v');

    static Request get(const std::string& path, Params query = {}, const std::string& cookie = "") {
        Request r;
        r.method = "GET";
        r.path = path;
        r.query = std::move(query);
        r.cookie_header = cookie;
        return r;
    }
    static Request post(const std::string& path, Params form, const std::string& cookie = "") {
        Request r;
        r.method = "POST";
        r.path = path;
        r.form = std::move(form);
        r.cookie_header = cookie;
        return r;
    }
    Params authorize_query() {
        return {{"client_id", "minside"},
                {"redirect_uri", "http://127.0.0.1:8080/logg-inn/callback"},
                {"response_type", "code"},
                {"scope", "openid profile"},
                {"state", "st&1"},
                {"nonce", "no1"},
                {"code_challenge", crypto::base64url_encode(crypto::sha256(verifier))},
                {"code_challenge_method", "S256"}};
    }
    static std::string request_id(const std::string& html) {
        const std::string marker = "name=\"request\" value=\"";
        auto p = html.find(marker);
        CPPUNIT_ASSERT(p != std::string::npos);
        p += marker.size();
        return html.substr(p, html.find('"', p) - p);
    }
    static Params location_query(const http::Response& r) {
        const std::string* loc = r.header("Location");
        CPPUNIT_ASSERT(loc);
        return http::parse_urlencoded(loc->substr(loc->find('?') + 1));
    }
    static std::string cookie_of(const http::Response& r) {
        const std::string* c = r.header("Set-Cookie");
        CPPUNIT_ASSERT(c);
        return c->substr(0, c->find(';'));
    }
    // authorize + login; returns the login response (303 with the code).
    http::Response log_in(const std::string& eid = "bankid", Params extra = {}) {
        Params q = authorize_query();
        for (auto& [k, v] : extra) q[k] = v;
        http::Response page = provider->handle(get("/authorize", q));
        CPPUNIT_ASSERT_EQUAL(200, page.status);
        return provider->handle(
            post("/authorize/login", {{"request", request_id(page.body)}, {"action", "login"}, {"person", "01017012345"}, {"eid", eid}}));
    }
    http::Response redeem(const std::string& code) {
        return provider->handle(post("/token", {{"grant_type", "authorization_code"}, {"code", code},
                                                {"redirect_uri", "http://127.0.0.1:8080/logg-inn/callback"},
                                                {"code_verifier", verifier}, {"client_id", "minside"},
                                                {"client_secret", "s3cret"}}));
    }

public:
    void setUp() override {
        char tmpl[] = "/tmp/devidp-clock-XXXXXX";
        int fd = mkstemp(tmpl);
        close(fd);
        clock_file = tmpl;
        DevidpConfig cfg = parse_devidp_config(std::string(kConfig) + "clock_offset_file = " + clock_file + "\n", "d");
        init_templates(cfg.template_dir);
        provider = std::make_unique<Provider>(cfg);
    }
    void tearDown() override {
        provider.reset();
        std::remove(clock_file.c_str());
    }

    void login_token_logout() {
        http::Response login = log_in();
        CPPUNIT_ASSERT_EQUAL(303, login.status);
        Params q = location_query(login);
        CPPUNIT_ASSERT_EQUAL(std::string("st&1"), q["state"]);
        CPPUNIT_ASSERT_EQUAL(std::string(kIssuer), q["iss"]);
        std::string cookie = cookie_of(login);
        CPPUNIT_ASSERT(login.header("Set-Cookie")->find("HttpOnly; SameSite=Lax") != std::string::npos);

        http::Response tok = redeem(q["code"]);
        CPPUNIT_ASSERT_EQUAL(200, tok.status);
        CPPUNIT_ASSERT_EQUAL(std::string("no-store"), *tok.header("Cache-Control"));
        json body = json::parse(tok.body);
        json claims = jwt::parse(body["id_token"].get<std::string>()).payload;
        CPPUNIT_ASSERT_EQUAL(std::string("01017012345"), claims["pid"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(std::string("idporten-loa-high"), claims["acr"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(std::string("no1"), claims["nonce"].get<std::string>());
        CPPUNIT_ASSERT_EQUAL(400, redeem(q["code"]).status);  // replay

        http::Response out = provider->handle(get("/endsession", {{"id_token_hint", body["id_token"].get<std::string>()},
                                                                   {"post_logout_redirect_uri", "http://127.0.0.1:8080/logget-ut"},
                                                                   {"state", "s2"}}));
        CPPUNIT_ASSERT_EQUAL(200, out.status);
        const std::string sid = claims["sid"].get<std::string>();
        CPPUNIT_ASSERT(out.body.find("frontchannel?iss=http%3A%2F%2F127.0.0.1%3A8082&amp;sid=" + sid) != std::string::npos ||
                       out.body.find("frontchannel?iss=http%3A%2F%2F127.0.0.1%3A8082&sid=" + sid) != std::string::npos);
        CPPUNIT_ASSERT(out.body.find("logget-ut?state=s2") != std::string::npos);
        CPPUNIT_ASSERT(out.body.find("http-equiv=\"refresh\"") != std::string::npos);
        // The session is gone: a second logout frames nobody.
        http::Response again = provider->handle(get("/endsession", {}, cookie));
        CPPUNIT_ASSERT(again.body.find("<iframe") == std::string::npos);
    }
    void authorize_refusals() {
        Params q = authorize_query();
        q["redirect_uri"] = "http://evil.example/cb";
        http::Response r = provider->handle(get("/authorize", q));
        CPPUNIT_ASSERT_EQUAL(400, r.status);
        CPPUNIT_ASSERT(!r.header("Location"));
        q = authorize_query();
        q["client_id"] = "nobody";
        CPPUNIT_ASSERT_EQUAL(400, provider->handle(get("/authorize", q)).status);
        for (const char* drop : {"code_challenge", "nonce", "state", "scope"}) {
            q = authorize_query();
            q.erase(drop);
            r = provider->handle(get("/authorize", q));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(drop, 302, r.status);
            CPPUNIT_ASSERT_EQUAL(std::string("invalid_request"), location_query(r)["error"]);
        }
        q = authorize_query();
        q["code_challenge_method"] = "plain";
        CPPUNIT_ASSERT_EQUAL(std::string("invalid_request"), location_query(provider->handle(get("/authorize", q)))["error"]);
    }
    void cancel_and_level() {
        http::Response page = provider->handle(get("/authorize", authorize_query()));
        http::Response cancel = provider->handle(post("/authorize/login", {{"request", request_id(page.body)}, {"action", "cancel"}}));
        CPPUNIT_ASSERT_EQUAL(303, cancel.status);
        CPPUNIT_ASSERT_EQUAL(std::string("access_denied"), location_query(cancel)["error"]);
        CPPUNIT_ASSERT_EQUAL(std::string("st&1"), location_query(cancel)["state"]);
        // The request is used up.
        CPPUNIT_ASSERT_EQUAL(400, provider->handle(post("/authorize/login", {{"request", request_id(page.body)}, {"action", "cancel"}})).status);
        http::Response low = log_in("minid", {{"acr_values", "idporten-loa-high"}, {"ui_locales", "en"}});
        CPPUNIT_ASSERT_EQUAL(400, low.status);
        CPPUNIT_ASSERT(low.body.find("lang=\"en\"") != std::string::npos);
        CPPUNIT_ASSERT(low.body.find("role=\"alert\"") != std::string::npos);
    }
    void code_expires_on_the_clock() {
        Params q = location_query(log_in());
        std::ofstream(clock_file) << "61\n";
        http::Response r = redeem(q["code"]);
        CPPUNIT_ASSERT_EQUAL(400, r.status);
        CPPUNIT_ASSERT_EQUAL(std::string("invalid_grant"), json::parse(r.body)["error"].get<std::string>());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(DevidpFlowTest);
