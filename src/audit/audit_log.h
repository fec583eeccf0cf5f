// The single way anything is written to the audit trail: who did what to whose data,
// from which address, when (UTC). Every handler that acts on data calls record().
#pragma once
#include <string>

#include "db/database.h"

namespace minside::audit {

struct Event {
    std::string actor;       // "person:42", "caseworker:7", "system:minside-admin"
    std::string subject;     // whose data, "person:42"; empty for system events
    std::string action;      // "login", "document.read", "schema.migrate", ...
    std::string object;      // what was touched, "document:9"; may be empty
    std::string ip;          // may be empty for command-line actions
    std::string request_id;  // ties the row to the operational log line
};

// Inserts one row. Throws DbUnavailable/DbError: an action that cannot be audited
// must not happen, so callers record inside the same transaction as the action.
void record(db::Database& db, const Event& e);

}  // namespace minside::audit
