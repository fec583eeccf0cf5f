#include <cppunit/extensions/HelperMacros.h>

#include "core/strings.h"
#include "http/query.h"

using minside::http::parse_urlencoded;

class QueryTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(QueryTest);
    CPPUNIT_TEST(decodes_plus_and_percent);
    CPPUNIT_TEST(malformed_escapes_dropped);
    CPPUNIT_TEST(empty_and_repeated);
    CPPUNIT_TEST(nul_bytes_dropped);
    CPPUNIT_TEST(encode_roundtrip);
    CPPUNIT_TEST_SUITE_END();

public:
    void decodes_plus_and_percent() {
        auto q = parse_urlencoded("lang=nn&tilbake=%2Fpersonvern%3Fa%3D1&name=%C3%A6+%C3%B8");
        CPPUNIT_ASSERT_EQUAL(std::string("nn"), q["lang"]);
        CPPUNIT_ASSERT_EQUAL(std::string("/personvern?a=1"), q["tilbake"]);
        CPPUNIT_ASSERT_EQUAL(std::string("\xC3\xA6 \xC3\xB8"), q["name"]);
    }
    void malformed_escapes_dropped() {
        auto q = parse_urlencoded("a=%G1&b=%4&c=%&d=ok");
        CPPUNIT_ASSERT_EQUAL(size_t(1), q.size());
        CPPUNIT_ASSERT_EQUAL(std::string("ok"), q["d"]);
    }
    void empty_and_repeated() {
        auto q = parse_urlencoded("&&=x&a=1&a=2&flag");
        CPPUNIT_ASSERT_EQUAL(std::string("1"), q["a"]);
        CPPUNIT_ASSERT(q.count("flag"));
        CPPUNIT_ASSERT_EQUAL(std::string(""), q["flag"]);
        CPPUNIT_ASSERT(!q.count(""));
    }
    void nul_bytes_dropped() { CPPUNIT_ASSERT(parse_urlencoded("a=%00x").empty()); }
    void encode_roundtrip() {
        std::string s = "/sti med æ?&=%", out;
        CPPUNIT_ASSERT(minside::url_decode(minside::url_encode(s), out));
        CPPUNIT_ASSERT_EQUAL(s, out);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(QueryTest);
