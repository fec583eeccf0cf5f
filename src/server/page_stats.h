// Counts page views in the worker and adds them to stat_daily every few seconds, so a
// page view costs no database write. Counted per route pattern ("/saker/{case}"), never
// per concrete path, person or address.
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "db/database.h"

namespace minside::server {

class PageStats {
public:
    void count(const std::string& page) { ++pending_[page]; }
    // Writes the counts when flush_every_s has passed since the last write (or when forced).
    // A failed write keeps the counts for the next try; it never fails a request.
    void flush(db::Database& db, bool force = false);

private:
    std::map<std::string, int64_t> pending_;
    int64_t last_flush_ms_ = 0;
};

}  // namespace minside::server
