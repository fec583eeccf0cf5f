// The worker's copy of the active operational notices, refreshed at most every
// notice_cache_seconds so the front page costs no query on most requests.
#pragma once
#include <vector>

#include "db/notice_repo.h"
#include "http/app.h"

namespace minside::portal {

// Throws DbUnavailable when the copy is stale and the database cannot be read.
const std::vector<db::Notice>& current_notices(http::App& app);

}  // namespace minside::portal
