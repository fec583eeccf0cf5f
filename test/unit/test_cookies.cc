#include <cppunit/extensions/HelperMacros.h>

#include "http/cookies.h"

using namespace minside::http;

class CookiesTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CookiesTest);
    CPPUNIT_TEST(simple_pairs);
    CPPUNIT_TEST(first_occurrence_wins);
    CPPUNIT_TEST(malformed_pairs_skipped);
    CPPUNIT_TEST(quoted_value);
    CPPUNIT_TEST(set_cookie_session_and_persistent);
    CPPUNIT_TEST_SUITE_END();

public:
    void simple_pairs() {
        auto c = parse_cookie_header("Language=nn; __Host-session=abc123");
        CPPUNIT_ASSERT_EQUAL(std::string("nn"), c["Language"]);
        CPPUNIT_ASSERT_EQUAL(std::string("abc123"), c["__Host-session"]);
    }
    void first_occurrence_wins() {
        auto c = parse_cookie_header("a=1; a=2");
        CPPUNIT_ASSERT_EQUAL(std::string("1"), c["a"]);
    }
    void malformed_pairs_skipped() {
        auto c = parse_cookie_header(";;novalue; =x; b=2; bad name=3; c=\x01; d=ok;");
        CPPUNIT_ASSERT_EQUAL(size_t(2), c.size());
        CPPUNIT_ASSERT_EQUAL(std::string("2"), c["b"]);
        CPPUNIT_ASSERT_EQUAL(std::string("ok"), c["d"]);
        CPPUNIT_ASSERT(parse_cookie_header("").empty());
        CPPUNIT_ASSERT(parse_cookie_header(std::string(5000, ';')).empty());
    }
    void quoted_value() { CPPUNIT_ASSERT_EQUAL(std::string("x"), parse_cookie_header("q=\"x\"")["q"]); }
    void set_cookie_session_and_persistent() {
        SetCookie s;
        s.name = "__Host-session";
        s.value = "t";
        std::string h = format_set_cookie(s);
        CPPUNIT_ASSERT(h.find("Max-Age") == std::string::npos);
        CPPUNIT_ASSERT(h.find("; Secure") != std::string::npos);
        CPPUNIT_ASSERT(h.find("; HttpOnly") != std::string::npos);
        CPPUNIT_ASSERT(h.find("SameSite=Lax") != std::string::npos);
        CPPUNIT_ASSERT(h.find("Path=/") != std::string::npos);
        s.max_age = 31536000;
        s.secure = false;
        h = format_set_cookie(s);
        CPPUNIT_ASSERT(h.find("Max-Age=31536000") != std::string::npos);
        CPPUNIT_ASSERT(h.find("Secure") == std::string::npos);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(CookiesTest);
