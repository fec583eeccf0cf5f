#include <cppunit/extensions/HelperMacros.h>

#include "http/app.h"
#include "http/router.h"

using minside::http::Context;
using minside::http::Response;
using minside::http::Router;

namespace {
Response ok(Context&) { return Response::text(200, "text/plain", "ok"); }
}  // namespace

class RouterTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RouterTest);
    CPPUNIT_TEST(exact_match);
    CPPUNIT_TEST(params_are_captured);
    CPPUNIT_TEST(unknown_path_is_404);
    CPPUNIT_TEST(wrong_method_lists_allow);
    CPPUNIT_TEST(head_uses_get);
    CPPUNIT_TEST(odd_paths_do_not_match);
    CPPUNIT_TEST_SUITE_END();

    Router r;

public:
    void setUp() override {
        r = Router();
        r.add("GET", "/", ok);
        r.add("GET", "/saker/{case}/dokumenter/{doc}", ok);
        r.add("POST", "/saker/{case}/opplasting", ok);
        r.add("GET", "/saker/{case}/opplasting", ok);
    }
    void exact_match() { CPPUNIT_ASSERT(r.match("GET", "/").handler); }
    void params_are_captured() {
        auto m = r.match("GET", "/saker/12/dokumenter/abc");
        CPPUNIT_ASSERT(m.handler);
        CPPUNIT_ASSERT_EQUAL(std::string("12"), m.params["case"]);
        CPPUNIT_ASSERT_EQUAL(std::string("abc"), m.params["doc"]);
    }
    void unknown_path_is_404() {
        auto m = r.match("GET", "/saker/12");
        CPPUNIT_ASSERT(!m.handler);
        CPPUNIT_ASSERT(m.allow.empty());
    }
    void wrong_method_lists_allow() {
        auto m = r.match("DELETE", "/saker/1/opplasting");
        CPPUNIT_ASSERT(!m.handler);
        CPPUNIT_ASSERT(m.allow.find("POST") != std::string::npos);
        CPPUNIT_ASSERT(m.allow.find("GET") != std::string::npos);
        auto p = r.match("POST", "/");
        CPPUNIT_ASSERT_EQUAL(std::string("GET, HEAD"), p.allow);
    }
    void head_uses_get() { CPPUNIT_ASSERT(r.match("HEAD", "/").handler); }
    void odd_paths_do_not_match() {
        CPPUNIT_ASSERT(!r.match("GET", "").handler);
        CPPUNIT_ASSERT(!r.match("GET", "saker").handler);
        CPPUNIT_ASSERT(!r.match("GET", "/saker//dokumenter/x").handler);
        CPPUNIT_ASSERT(!r.match("GET", "/saker/1/dokumenter/x/").handler);
        CPPUNIT_ASSERT(!r.match("GET", "//").handler);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(RouterTest);
