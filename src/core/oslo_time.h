// Norwegian wall-clock time for deadlines, receipts and timelines. The rules are computed
// here rather than read from the machine's tzdata or TZ, so every server (and every test)
// shows the same time whatever its configuration.
#pragma once
#include <cstdint>
#include <string>

namespace minside::oslo {

// Europe/Oslo offset in seconds (3600 CET or 7200 CEST) at a UTC instant. EU rule: CEST
// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
int utc_offset(int64_t utc_epoch);

// "14.03.2027 kl. 23:59" (nb/nn) or "14 March 2027 at 23:59" (en), in Oslo time.
std::string format_deadline(int64_t utc_epoch, const std::string& lang);

// "04.12.2026 14:05" (nb/nn) or "4 December 2026, 14:05" (en): receipts and timelines.
std::string format_datetime(int64_t utc_epoch, const std::string& lang);

// The UTC instant of 23:59:59 Oslo time on the given Oslo calendar date (the end of a
// deadline day). Throws std::invalid_argument for a date that does not exist.
int64_t end_of_day_utc(int year, int month, int day);

// Parses "YYYY-MM-DD HH:MM:SS" (MariaDB DATETIME text, optionally with a fraction of a
// second, which is dropped) as UTC; throws std::invalid_argument.
int64_t parse_utc_datetime(const std::string& text);

}  // namespace minside::oslo
