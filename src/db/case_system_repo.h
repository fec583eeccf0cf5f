// What the case-management side writes: persons, cases, roles, published documents,
// timeline events, comment requests, blocks. Used by minside-admin (demo data today; the
// case-system import and the caseworker pages later). Never by citizen pages.
#pragma once
#include <cstdint>
#include <string>

#include "db/database.h"

namespace minside::db {

int64_t upsert_person(Database& db, const std::string& pid_hmac, const std::string& name, const std::string& kind);
int64_t upsert_case(Database& db, const std::string& case_no, const std::string& status, bool pilot);
void add_case_role(Database& db, int64_t case_id, int64_t person_id, const std::string& role);
int64_t case_id_by_number(Database& db, const std::string& case_no);
bool any_document(Database& db);

struct NewDocument {
    int64_t case_id = 0;
    std::string title, kind, visibility, filename, content_type, sha256;
    int64_t size = 0;
    int days_ago = 0;  // published (or created) this many days before now
};
int64_t insert_document(Database& db, const NewDocument& d);

void add_case_event(Database& db, int64_t case_id, const std::string& kind, int days_ago, int64_t document_id = 0);
void add_comment_request(Database& db, int64_t case_id, int64_t document_id, int64_t deadline_epoch);
// next_step follows from the status (comments → decision, expert → comments, ...).
void derive_next_steps(Database& db);
// Replaces any active block of the person with a new one.
void block_person(Database& db, int64_t person_id, const std::string& reason, const std::string& by);
void delete_notices_by(Database& db, const std::string& created_by);

}  // namespace minside::db
