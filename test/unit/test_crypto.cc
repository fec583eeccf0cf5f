#include <cppunit/extensions/HelperMacros.h>

#include "core/crypto.h"

using namespace minside::crypto;

class CryptoTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CryptoTest);
    CPPUNIT_TEST(base64url_known_vectors);
    CPPUNIT_TEST(base64url_roundtrip_all_lengths);
    CPPUNIT_TEST(base64url_rejects_bad_input);
    CPPUNIT_TEST(sha256_and_hmac_vectors);
    CPPUNIT_TEST(random_tokens_differ);
    CPPUNIT_TEST_SUITE_END();

public:
    void base64url_known_vectors() {
        CPPUNIT_ASSERT_EQUAL(std::string(""), base64url_encode(""));
        CPPUNIT_ASSERT_EQUAL(std::string("Zg"), base64url_encode("f"));
        CPPUNIT_ASSERT_EQUAL(std::string("Zm8"), base64url_encode("fo"));
        CPPUNIT_ASSERT_EQUAL(std::string("Zm9v"), base64url_encode("foo"));
        CPPUNIT_ASSERT_EQUAL(std::string("-_8"), base64url_encode("\xfb\xff"));
    }
    void base64url_roundtrip_all_lengths() {
        std::string data;
        for (int i = 0; i < 70; ++i) {
            std::string out;
            CPPUNIT_ASSERT(base64url_decode(base64url_encode(data), out));
            CPPUNIT_ASSERT(out == data);
            data.push_back(static_cast<char>(i * 37));
        }
    }
    void base64url_rejects_bad_input() {
        std::string out;
        CPPUNIT_ASSERT(!base64url_decode("Zm9v=", out));   // padding is not base64url
        CPPUNIT_ASSERT(!base64url_decode("Zm+v", out));    // standard alphabet
        CPPUNIT_ASSERT(!base64url_decode("Z", out));       // impossible length
        CPPUNIT_ASSERT(!base64url_decode("Zm9v\n", out));
        CPPUNIT_ASSERT(!base64url_decode(std::string("Zm\0v", 4), out));
    }
    void sha256_and_hmac_vectors() {
        CPPUNIT_ASSERT_EQUAL(std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), sha256_hex("abc"));
        // RFC 4231 test case 2
        CPPUNIT_ASSERT_EQUAL(std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
                             hex(hmac_sha256("Jefe", "what do ya want for nothing?")));
        CPPUNIT_ASSERT(equal_constant_time("abc", "abc"));
        CPPUNIT_ASSERT(!equal_constant_time("abc", "abd"));
        CPPUNIT_ASSERT(!equal_constant_time("abc", "abcd"));
    }
    void random_tokens_differ() {
        std::string a = random_token(32), b = random_token(32);
        CPPUNIT_ASSERT_EQUAL(size_t(43), a.size());
        CPPUNIT_ASSERT(a != b);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(CryptoTest);
