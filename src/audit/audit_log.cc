#include "audit/audit_log.h"

namespace minside::audit {
namespace {
db::Param nullable(const std::string& s) {
    if (s.empty()) return nullptr;
    return s;
}
}  // namespace

void record(db::Database& db, const Event& e) {
    db.execute(
        "INSERT INTO audit (at, actor, subject, action, object, ip, request_id) "
        "VALUES (UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?)",
        {e.actor, nullable(e.subject), e.action, nullable(e.object), nullable(e.ip), nullable(e.request_id)});
}

}  // namespace minside::audit
