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

// Deletes audit rows older than `days`, in batches so the table is never locked for long.
// Run by `minside-admin purge` under the purge account (the web account may not delete).
uint64_t purge_audit_older_than(Database& db, int days);

}  // namespace minside::db
