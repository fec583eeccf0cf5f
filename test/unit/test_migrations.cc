#include <cppunit/extensions/HelperMacros.h>

#include "db/migrations.h"

using namespace minside::db;

class MigrationsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(MigrationsTest);
    CPPUNIT_TEST(splits_at_line_ending_semicolons);
    CPPUNIT_TEST(real_migrations_are_numbered_in_order);
    CPPUNIT_TEST_SUITE_END();

public:
    void splits_at_line_ending_semicolons() {
        auto s = split_sql_script("-- comment\nCREATE TABLE a (\n x INT COMMENT 'a;b'\n);\n\nGRANT x;\nSELECT 1");
        CPPUNIT_ASSERT_EQUAL(size_t(3), s.size());
        CPPUNIT_ASSERT(s[0].find("'a;b'") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(std::string("GRANT x"), s[1]);
        CPPUNIT_ASSERT_EQUAL(std::string("SELECT 1"), s[2]);
    }
    void real_migrations_are_numbered_in_order() {
        auto m = find_migrations(SOURCE_DIR "/sql");
        CPPUNIT_ASSERT(!m.empty());
        CPPUNIT_ASSERT_EQUAL(1, m[0].version);
        for (size_t i = 1; i < m.size(); ++i) CPPUNIT_ASSERT(m[i].version > m[i - 1].version);
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(MigrationsTest);
