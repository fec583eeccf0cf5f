#include "db/stats_repo.h"

namespace minside::db {

void add_page_views(Database& db, const std::map<std::string, int64_t>& views) {
    Transaction tx(db);  // all or nothing: a retry must not count anything twice
    for (const auto& [page, n] : views)
        db.execute("INSERT INTO stat_daily (day, page, views) VALUES (UTC_DATE(), ?, ?) "
                   "ON DUPLICATE KEY UPDATE views = views + VALUES(views)",
                   {page, n});
    tx.commit();
}

std::vector<PageViews> recent_page_views(Database& db, int days) {
    std::vector<PageViews> out;
    for (auto& r : db.query("SELECT DATE_FORMAT(day, '%Y-%m-%d'), page, views FROM stat_daily "
                            "WHERE day > UTC_DATE() - INTERVAL ? DAY ORDER BY day DESC, views DESC, page",
                            {int64_t{days}}))
        out.push_back({r[0].value_or(""), r[1].value_or(""), r[2] ? std::stoll(*r[2]) : 0});
    return out;
}

}  // namespace minside::db
