#include "db/audit_repo.h"

namespace minside::db {

std::vector<AuditEntry> audit_about(Database& db, int64_t person_id, int limit) {
    std::vector<AuditEntry> out;
    for (auto& r : db.query("SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), actor, action, COALESCE(object, ''), COALESCE(ip, '') "
                            "FROM audit WHERE subject = ? ORDER BY id DESC LIMIT ?",
                            {"person:" + std::to_string(person_id), int64_t{limit}}))
        out.push_back({r[0].value_or(""), r[1].value_or(""), r[2].value_or(""), r[3].value_or(""), r[4].value_or("")});
    return out;
}

}  // namespace minside::db
