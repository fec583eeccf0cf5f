#include <cppunit/extensions/HelperMacros.h>

#include <cstdio>
#include <unistd.h>

#include <fstream>

#include "core/config.h"
#include "core/errors.h"

using minside::Config;
using minside::ConfigError;
using minside::parse_config;

class ConfigTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ConfigTest);
    CPPUNIT_TEST(defaults_when_empty);
    CPPUNIT_TEST(parses_values_and_comments);
    CPPUNIT_TEST(unknown_key_is_named);
    CPPUNIT_TEST(bad_number_is_named);
    CPPUNIT_TEST(bad_bool_and_language);
    CPPUNIT_TEST(inline_secret_refused);
    CPPUNIT_TEST(secret_read_from_file);
    CPPUNIT_TEST(missing_secret_file_is_named);
    CPPUNIT_TEST(line_without_equals);
    CPPUNIT_TEST_SUITE_END();

    static std::string message_of(const std::string& text) {
        try {
            parse_config(text, "t.conf", "/nonexistent");
        } catch (const ConfigError& e) {
            return e.what();
        }
        return "";
    }

public:
    void defaults_when_empty() {
        Config c = parse_config("", "t.conf", "/");
        CPPUNIT_ASSERT_EQUAL(4, c.workers);
        CPPUNIT_ASSERT_EQUAL(std::string("nb"), c.default_language);
        CPPUNIT_ASSERT(c.cookie_secure);
        CPPUNIT_ASSERT(!c.test_endpoints);
    }
    void parses_values_and_comments() {
        Config c = parse_config("# comment\n  workers = 7 \n\ncookie_secure=false\ndefault_language = nn\n"
                                "db_host = db.example\n",
                                "t.conf", "/");
        CPPUNIT_ASSERT_EQUAL(7, c.workers);
        CPPUNIT_ASSERT(!c.cookie_secure);
        CPPUNIT_ASSERT_EQUAL(std::string("nn"), c.default_language);
        CPPUNIT_ASSERT_EQUAL(std::string("db.example"), c.db_host);
    }
    void unknown_key_is_named() {
        std::string m = message_of("workers = 2\nwokers = 3\n");
        CPPUNIT_ASSERT(m.find("t.conf:2") != std::string::npos);
        CPPUNIT_ASSERT(m.find("'wokers'") != std::string::npos);
    }
    void bad_number_is_named() {
        CPPUNIT_ASSERT(message_of("workers = many").find("'workers'") != std::string::npos);
        CPPUNIT_ASSERT(message_of("workers = 0").find("'workers'") != std::string::npos);
        CPPUNIT_ASSERT(message_of("workers = 3x").find("'workers'") != std::string::npos);
        CPPUNIT_ASSERT(message_of("db_port = 99999999999999").find("'db_port'") != std::string::npos);
    }
    void bad_bool_and_language() {
        CPPUNIT_ASSERT(message_of("cookie_secure = maybe").find("'cookie_secure'") != std::string::npos);
        CPPUNIT_ASSERT(message_of("default_language = de").find("'default_language'") != std::string::npos);
    }
    void inline_secret_refused() {
        std::string m = message_of("db_password = hunter2\n");
        CPPUNIT_ASSERT(m.find("db_password_file") != std::string::npos);
        CPPUNIT_ASSERT(m.find("hunter2") == std::string::npos);  // never echo a secret
    }
    void secret_read_from_file() {
        char dir[] = "/tmp/minside-cfg-XXXXXX";
        CPPUNIT_ASSERT(mkdtemp(dir));
        std::ofstream(std::string(dir) + "/db.pw") << "s3cret\n";
        Config c = parse_config("db_password_file = db.pw\n", "t.conf", dir);
        CPPUNIT_ASSERT_EQUAL(std::string("s3cret"), c.db_password);
        std::remove((std::string(dir) + "/db.pw").c_str());
        rmdir(dir);
    }
    void missing_secret_file_is_named() {
        CPPUNIT_ASSERT(message_of("db_password_file = /no/such/file").find("/no/such/file") != std::string::npos);
    }
    void line_without_equals() {
        CPPUNIT_ASSERT(message_of("workers 4").find("t.conf:1") != std::string::npos);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(ConfigTest);
