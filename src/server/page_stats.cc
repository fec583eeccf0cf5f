#include "server/page_stats.h"

#include "core/log.h"
#include "db/stats_repo.h"
#include "server/scoreboard.h"

namespace minside::server {
namespace {
constexpr int64_t kFlushEveryMs = 10000;
}

void PageStats::flush(db::Database& db, bool force) {
    const int64_t now = monotonic_ms();
    if (pending_.empty() || (!force && now - last_flush_ms_ < kFlushEveryMs)) return;
    last_flush_ms_ = now;
    try {
        db::add_page_views(db, pending_);
        pending_.clear();
    } catch (const std::exception& e) {
        log::warning(std::string("page statistics not written, kept for later: ") + e.what());
    }
}

}  // namespace minside::server
