// Page-view counts per day (table stat_daily).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "db/database.h"

namespace minside::db {

// Adds the counts to today's rows (UTC date).
void add_page_views(Database& db, const std::map<std::string, int64_t>& views);

struct PageViews {
    std::string day, page;
    int64_t views = 0;
};
std::vector<PageViews> recent_page_views(Database& db, int days);

}  // namespace minside::db
