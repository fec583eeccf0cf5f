#include "db/consent_repo.h"

namespace minside::db {

std::optional<ConsentState> current_consent(Database& db, int64_t person_id) {
    auto rows = db.query("SELECT given, text_version, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s') FROM consent "
                         "WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                         {person_id});
    if (rows.empty()) return std::nullopt;
    return ConsentState{rows[0][0].value_or("0") == "1", rows[0][1].value_or(""), rows[0][2].value_or("")};
}

void record_consent(Database& db, int64_t person_id, bool given, const std::string& text_version, const std::string& ip) {
    db.execute("INSERT INTO consent (person_id, given, text_version, at, ip) VALUES (?, ?, ?, UTC_TIMESTAMP(6), ?)",
               {person_id, int64_t{given ? 1 : 0}, text_version, ip});
}

std::optional<std::string> active_block(Database& db, int64_t person_id) {
    auto rows = db.query("SELECT reason FROM person_block WHERE person_id = ? AND lifted_at IS NULL LIMIT 1", {person_id});
    if (rows.empty()) return std::nullopt;
    return rows[0][0].value_or("misuse");
}

}  // namespace minside::db
