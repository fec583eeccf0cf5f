#include "core/oslo_time.h"

#include <cstdio>
#include <stdexcept>

namespace minside::oslo {
namespace {

constexpr int64_t kDay = 86400;

struct Civil {
    int64_t year;
    int month, day;
};

struct Local {
    Civil date;
    int hour, minute;
};

// Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Its inverse, civil_from_days.
Civil civil_from_days(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2), m, d};
}

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// 0 = Sunday; 1970-01-01 was a Thursday.
int weekday(int64_t days) { return static_cast<int>(((days % 7) + 7 + 4) % 7); }

bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int64_t y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int64_t last_sunday(int64_t year, int month) {
    const int64_t last = days_from_civil(year, month, days_in_month(year, month));
    return last - weekday(last);
}

Local to_oslo(int64_t utc_epoch) {
    const int64_t local = utc_epoch + utc_offset(utc_epoch);
    const int64_t days = floor_div(local, kDay);
    const int64_t secs = local - days * kDay;
    return {civil_from_days(days), static_cast<int>(secs / 3600), static_cast<int>(secs % 3600 / 60)};
}

const char* month_name_en(int m) {
    static const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
    return names[m - 1];
}

// Fixed-width digits only; anything else in the text is refused.
int digits(const std::string& s, size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') throw std::invalid_argument("not a DATETIME: " + s);
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool valid_date(int64_t y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

// Separators of "YYYY-MM-DD HH:MM:SS" and an optional ".f" to ".ffffff".
bool datetime_shape(const std::string& t) {
    if (t.size() < 19 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':')
        return false;
    if (t.size() == 19) return true;
    return t[19] == '.' && t.size() >= 21 && t.size() <= 26;
}

}  // namespace

int utc_offset(int64_t utc_epoch) {
    const int64_t year = civil_from_days(floor_div(utc_epoch, kDay)).year;
    const int64_t start = last_sunday(year, 3) * kDay + 3600;
    const int64_t end = last_sunday(year, 10) * kDay + 3600;
    return utc_epoch >= start && utc_epoch < end ? 7200 : 3600;
}

namespace {
// "4 December 2026<en_sep>14:05" in English, "04.12.2026<nb_sep>14:05" otherwise.
std::string format_local(int64_t utc_epoch, const std::string& lang, const char* en_sep, const char* nb_sep) {
    const Local t = to_oslo(utc_epoch);
    char buf[64];
    if (lang == "en")
        std::snprintf(buf, sizeof buf, "%d %s %lld%s%02d:%02d", t.date.day, month_name_en(t.date.month),
                      static_cast<long long>(t.date.year), en_sep, t.hour, t.minute);
    else
        std::snprintf(buf, sizeof buf, "%02d.%02d.%04lld%s%02d:%02d", t.date.day, t.date.month,
                      static_cast<long long>(t.date.year), nb_sep, t.hour, t.minute);
    return buf;
}
}  // namespace

std::string format_deadline(int64_t utc_epoch, const std::string& lang) {
    return format_local(utc_epoch, lang, " at ", " kl. ");
}

std::string format_datetime(int64_t utc_epoch, const std::string& lang) {
    return format_local(utc_epoch, lang, ", ", " ");
}

int64_t end_of_day_utc(int year, int month, int day) {
    if (!valid_date(year, month, day)) throw std::invalid_argument("end_of_day_utc: no such date");
    const int64_t local = days_from_civil(year, month, day) * kDay + kDay - 1;
    // 23:59:59 is never in a DST gap or overlap (those are at 02:00–03:00), so exactly
    // one of the two offsets is consistent with the instant it gives.
    return utc_offset(local - 7200) == 7200 ? local - 7200 : local - 3600;
}

int64_t parse_utc_datetime(const std::string& text) {
    if (!datetime_shape(text)) throw std::invalid_argument("not a DATETIME: " + text);
    const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    if (text.size() > 19) digits(text, 20, text.size() - 20);
    if (!valid_date(y, mo, d) || h > 23 || mi > 59 || s > 59)
        throw std::invalid_argument("not a DATETIME: " + text);
    return days_from_civil(y, mo, d) * kDay + h * 3600 + mi * 60 + s;
}

}  // namespace minside::oslo
