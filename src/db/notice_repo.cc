#include "db/notice_repo.h"

namespace minside::db {

const std::string& Notice::text(const std::string& lang) const {
    if (lang == "nn") return text_nn;
    if (lang == "en") return text_en;
    return text_nb;
}

std::vector<Notice> active_notices(Database& db) {
    std::vector<Notice> out;
    for (auto& row : db.query("SELECT text_nb, text_nn, text_en FROM service_notice "
                              "WHERE shown_from <= UTC_TIMESTAMP() AND shown_until > UTC_TIMESTAMP() "
                              "ORDER BY shown_from, id"))
        out.push_back({row[0].value_or(""), row[1].value_or(""), row[2].value_or("")});
    return out;
}

void add_notice(Database& db, const Notice& n, int hours, const std::string& created_by) {
    db.execute("INSERT INTO service_notice (text_nb, text_nn, text_en, shown_from, shown_until, created_by, created_at) "
               "VALUES (?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL ? HOUR, ?, UTC_TIMESTAMP(6))",
               {n.text_nb, n.text_nn, n.text_en, int64_t{hours}, created_by});
}

}  // namespace minside::db
