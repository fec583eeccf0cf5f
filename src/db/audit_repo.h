// Reading the audit trail about one person, for their own view of it (innsyn).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "db/database.h"

namespace minside::db {

struct AuditEntry {
    std::string at;  // UTC "YYYY-MM-DD HH:MM:SS"
    std::string actor, action, object, ip;
};

// Entries whose subject is this person, newest first, at most `limit`.
std::vector<AuditEntry> audit_about(Database& db, int64_t person_id, int limit);

}  // namespace minside::db
