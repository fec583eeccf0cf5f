#include "portal/notices.h"

#include <ctime>

#include "db/database.h"

namespace minside::portal {
namespace {
struct Cache {
    std::vector<db::Notice> notices;
    time_t fetched = 0;
    bool valid = false;
};
Cache cache;  // one per worker process
}  // namespace

const std::vector<db::Notice>& current_notices(http::App& app) {
    const time_t now = std::time(nullptr);
    if (!cache.valid || now - cache.fetched >= app.config.notice_cache_seconds) {
        cache.valid = false;  // stays invalid if the read throws: the next request retries
        cache.notices = db::active_notices(*app.db);
        cache.fetched = now;
        cache.valid = true;
    }
    return cache.notices;
}

}  // namespace minside::portal
