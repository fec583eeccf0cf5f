#include <cppunit/extensions/HelperMacros.h>

#include "http/i18n.h"
#include "portal/language.h"

using namespace minside::http;
using minside::portal::safe_return_path;

class LanguageTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(LanguageTest);
    CPPUNIT_TEST(cookie_wins);
    CPPUNIT_TEST(invalid_cookie_ignored);
    CPPUNIT_TEST(accept_language_by_quality);
    CPPUNIT_TEST(fallback_when_nothing_matches);
    CPPUNIT_TEST(return_path_stays_on_site);
    CPPUNIT_TEST_SUITE_END();

    static std::string pick(const std::string& cookie, const std::string& accept) {
        Request r;
        if (!cookie.empty()) r.cookies["Language"] = cookie;
        r.accept_language = accept;
        return choose_language(r, "nb");
    }

public:
    void cookie_wins() { CPPUNIT_ASSERT_EQUAL(std::string("nn"), pick("nn", "en")); }
    void invalid_cookie_ignored() { CPPUNIT_ASSERT_EQUAL(std::string("en"), pick("<x>", "en-GB")); }
    void accept_language_by_quality() {
        CPPUNIT_ASSERT_EQUAL(std::string("nn"), pick("", "de;q=1.0, nn-NO;q=0.9, en;q=0.5"));
        CPPUNIT_ASSERT_EQUAL(std::string("nb"), pick("", "no, en;q=0.3"));
        CPPUNIT_ASSERT_EQUAL(std::string("en"), pick("", "nb;q=0.2, en-US"));
    }
    void fallback_when_nothing_matches() {
        CPPUNIT_ASSERT_EQUAL(std::string("nb"), pick("", "de, fr;q=0.8"));
        CPPUNIT_ASSERT_EQUAL(std::string("nb"), pick("", ";;;q=,"));
    }
    void return_path_stays_on_site() {
        std::string p = "/personvern?x=1";
        CPPUNIT_ASSERT_EQUAL(p, safe_return_path(&p));
        for (std::string bad : {"//evil.example/", "/\\evil.example", "https://evil.example", "", "/a\r\nb"})
            CPPUNIT_ASSERT_EQUAL_MESSAGE(bad, std::string("/"), safe_return_path(&bad));
        CPPUNIT_ASSERT_EQUAL(std::string("/"), safe_return_path(nullptr));
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(LanguageTest);
