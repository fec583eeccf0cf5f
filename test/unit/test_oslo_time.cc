#include <cppunit/extensions/HelperMacros.h>

#include <stdexcept>

#include "core/oslo_time.h"

using namespace minside::oslo;

namespace {
// UTC instants, computed independently (Python datetime).
constexpr int64_t k2026SpringChange = 1774746000;  // 2026-03-29 01:00:00 UTC
constexpr int64_t k2026AutumnChange = 1792890000;  // 2026-10-25 01:00:00 UTC
constexpr int64_t k2027SpringChange = 1806195600;  // 2027-03-28 01:00:00 UTC
constexpr int64_t k2027AutumnChange = 1824944400;  // 2027-10-31 01:00:00 UTC
}  // namespace

class OsloTimeTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(OsloTimeTest);
    CPPUNIT_TEST(offsets_around_dst_changes_2026);
    CPPUNIT_TEST(offsets_around_dst_changes_2027);
    CPPUNIT_TEST(offsets_in_winter_summer_and_before_1970);
    CPPUNIT_TEST(end_of_day_across_dst);
    CPPUNIT_TEST(end_of_day_rejects_impossible_dates);
    CPPUNIT_TEST(format_deadline_nb_nn_en);
    CPPUNIT_TEST(format_datetime_nb_en);
    CPPUNIT_TEST(format_at_midnight_around_change);
    CPPUNIT_TEST(parse_good_datetimes);
    CPPUNIT_TEST(parse_bad_datetimes);
    CPPUNIT_TEST_SUITE_END();

public:
    void offsets_around_dst_changes_2026() {
        CPPUNIT_ASSERT_EQUAL(3600, utc_offset(k2026SpringChange - 1));
        CPPUNIT_ASSERT_EQUAL(7200, utc_offset(k2026SpringChange));
        CPPUNIT_ASSERT_EQUAL(7200, utc_offset(k2026AutumnChange - 1));
        CPPUNIT_ASSERT_EQUAL(3600, utc_offset(k2026AutumnChange));
    }
    void offsets_around_dst_changes_2027() {
        CPPUNIT_ASSERT_EQUAL(3600, utc_offset(k2027SpringChange - 1));
        CPPUNIT_ASSERT_EQUAL(7200, utc_offset(k2027SpringChange));
        CPPUNIT_ASSERT_EQUAL(7200, utc_offset(k2027AutumnChange - 1));
        CPPUNIT_ASSERT_EQUAL(3600, utc_offset(k2027AutumnChange));
    }
    void offsets_in_winter_summer_and_before_1970() {
        CPPUNIT_ASSERT_EQUAL(3600, utc_offset(1796389500));  // 2026-12-04
        CPPUNIT_ASSERT_EQUAL(7200, utc_offset(1782907200));  // 2026-07-01
        CPPUNIT_ASSERT_EQUAL(3600, utc_offset(-3600));       // 1969-12-31 23:00 UTC
    }
    void end_of_day_across_dst() {
        CPPUNIT_ASSERT_EQUAL(int64_t(1774738799), end_of_day_utc(2026, 3, 28));  // 22:59:59 UTC
        CPPUNIT_ASSERT_EQUAL(int64_t(1774821599), end_of_day_utc(2026, 3, 29));  // 21:59:59 UTC
        CPPUNIT_ASSERT_EQUAL(int64_t(1792969199), end_of_day_utc(2026, 10, 25)); // 22:59:59 UTC
        CPPUNIT_ASSERT_EQUAL(int64_t(1792969199 - 86400 - 3600), end_of_day_utc(2026, 10, 24));
        CPPUNIT_ASSERT_EQUAL(std::string("29.03.2026 kl. 23:59"), format_deadline(end_of_day_utc(2026, 3, 29), "nb"));
        CPPUNIT_ASSERT_EQUAL(std::string("29.02.2028 kl. 23:59"), format_deadline(end_of_day_utc(2028, 2, 29), "nb"));
    }
    void end_of_day_rejects_impossible_dates() {
        CPPUNIT_ASSERT_THROW(end_of_day_utc(2026, 2, 29), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(end_of_day_utc(2026, 13, 1), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(end_of_day_utc(2026, 4, 31), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(end_of_day_utc(2026, 1, 0), std::invalid_argument);
    }
    void format_deadline_nb_nn_en() {
        const int64_t t = 1805065140;  // 2027-03-14 22:59 UTC = 23:59 CET
        CPPUNIT_ASSERT_EQUAL(std::string("14.03.2027 kl. 23:59"), format_deadline(t, "nb"));
        CPPUNIT_ASSERT_EQUAL(std::string("14.03.2027 kl. 23:59"), format_deadline(t, "nn"));
        CPPUNIT_ASSERT_EQUAL(std::string("14 March 2027 at 23:59"), format_deadline(t, "en"));
    }
    void format_datetime_nb_en() {
        const int64_t t = 1796389500;  // 2026-12-04 13:05 UTC = 14:05 CET
        CPPUNIT_ASSERT_EQUAL(std::string("04.12.2026 14:05"), format_datetime(t, "nb"));
        CPPUNIT_ASSERT_EQUAL(std::string("4 December 2026, 14:05"), format_datetime(t, "en"));
        CPPUNIT_ASSERT_EQUAL(std::string("01.07.2026 14:00"), format_datetime(1782907200, "nn"));
    }
    void format_at_midnight_around_change() {
        // 2026-03-29 00:30 UTC is 01:30 CET; 01:30 UTC is 03:30 CEST.
        CPPUNIT_ASSERT_EQUAL(std::string("29.03.2026 01:30"), format_datetime(k2026SpringChange - 1800, "nb"));
        CPPUNIT_ASSERT_EQUAL(std::string("29.03.2026 03:30"), format_datetime(k2026SpringChange + 1800, "nb"));
        // 2026-12-31 23:30 UTC is already the new year in Oslo.
        CPPUNIT_ASSERT_EQUAL(std::string("01.01.2027 00:30"),
                             format_datetime(parse_utc_datetime("2026-12-31 23:30:00"), "nb"));
    }
    void parse_good_datetimes() {
        CPPUNIT_ASSERT_EQUAL(int64_t(0), parse_utc_datetime("1970-01-01 00:00:00"));
        CPPUNIT_ASSERT_EQUAL(k2026SpringChange, parse_utc_datetime("2026-03-29 01:00:00"));
        CPPUNIT_ASSERT_EQUAL(int64_t(1774821599), parse_utc_datetime("2026-03-29 21:59:59"));
        CPPUNIT_ASSERT_EQUAL(int64_t(1774821599), parse_utc_datetime("2026-03-29 21:59:59.999999"));
        CPPUNIT_ASSERT_EQUAL(int64_t(-3600), parse_utc_datetime("1969-12-31 23:00:00"));
    }
    void parse_bad_datetimes() {
        const char* bad[] = {"", "2026-03-29", "2026-03-29T01:00:00", "2026-03-29 01:00:00Z",
                             "0000-00-00 00:00:00", "2026-02-29 00:00:00", "2026-13-01 00:00:00",
                             "2026-03-29 24:00:00", "2026-03-29 23:60:00", "2026-03-29 23:59:60",
                             "2026-3-29 01:00:00 ", "+026-03-29 01:00:00", "2026-03-29 01:00:00.",
                             "2026-03-29 01:00:00.1234567", "2026-03-29 01:00:00.12a"};
        for (const char* t : bad)
            CPPUNIT_ASSERT_THROW_MESSAGE(t, parse_utc_datetime(t), std::invalid_argument);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(OsloTimeTest);
