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

uint64_t purge_audit_older_than(Database& db, int days) {
    uint64_t total = 0;
    for (;;) {
        auto r = db.execute("DELETE FROM audit WHERE at < UTC_TIMESTAMP(6) - INTERVAL ? DAY ORDER BY id LIMIT 5000",
                            {int64_t{days}});
        total += r.affected_rows;
        if (r.affected_rows < 5000) return total;
    }
}

}  // namespace minside::db
