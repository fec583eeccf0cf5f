#include "db/case_system_repo.h"

namespace minside::db {
namespace {
int64_t first_id(const std::vector<Row>& rows) { return rows.empty() || !rows[0][0] ? 0 : std::stoll(*rows[0][0]); }
}  // namespace

int64_t upsert_person(Database& db, const std::string& pid_hmac, const std::string& name, const std::string& kind) {
    db.execute("INSERT INTO person (pid_hmac, name, kind, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6)) "
               "ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind)",
               {pid_hmac, name, kind});
    return first_id(db.query("SELECT id FROM person WHERE pid_hmac = ?", {pid_hmac}));
}

int64_t upsert_case(Database& db, const std::string& case_no, const std::string& status, bool pilot) {
    db.execute("INSERT INTO kase (case_no, status, pilot, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6)) "
               "ON DUPLICATE KEY UPDATE status = VALUES(status), pilot = VALUES(pilot)",
               {case_no, status, int64_t{pilot ? 1 : 0}});
    return case_id_by_number(db, case_no);
}

void add_case_role(Database& db, int64_t case_id, int64_t person_id, const std::string& role) {
    db.execute("INSERT IGNORE INTO case_role (case_id, person_id, role) VALUES (?, ?, ?)", {case_id, person_id, role});
}

int64_t case_id_by_number(Database& db, const std::string& case_no) {
    return first_id(db.query("SELECT id FROM kase WHERE case_no = ?", {case_no}));
}

bool any_document(Database& db) { return !db.query("SELECT 1 FROM document LIMIT 1").empty(); }

int64_t insert_document(Database& db, const NewDocument& d) {
    auto r = db.execute(
        "INSERT INTO document (case_id, title, kind, visibility, published_at, filename, content_type, size, sha256, created_at) "
        "VALUES (?, ?, ?, ?, IF(? = 'published', UTC_TIMESTAMP(6) - INTERVAL ? DAY, NULL), ?, ?, ?, ?, UTC_TIMESTAMP(6))",
        {d.case_id, d.title, d.kind, d.visibility, d.visibility, int64_t{d.days_ago}, d.filename, d.content_type, d.size,
         d.sha256});
    return static_cast<int64_t>(r.insert_id);
}

void add_case_event(Database& db, int64_t case_id, const std::string& kind, int days_ago, int64_t document_id) {
    db.execute("INSERT INTO case_event (case_id, kind, occurred_at, document_id) VALUES (?, ?, UTC_TIMESTAMP(6) - INTERVAL ? DAY, ?)",
               {case_id, kind, int64_t{days_ago}, id_or_null(document_id)});
}

void add_comment_request(Database& db, int64_t case_id, int64_t document_id, int64_t deadline_epoch) {
    db.execute("INSERT INTO comment_request (case_id, document_id, deadline, created_at) VALUES (?, ?, FROM_UNIXTIME(?), UTC_TIMESTAMP(6))",
               {case_id, document_id, deadline_epoch});
}

void derive_next_steps(Database& db) {
    db.execute("UPDATE kase SET next_step = CASE status WHEN 'comments' THEN 'decision' WHEN 'expert' THEN 'comments' "
               "WHEN 'received' THEN 'preparing' WHEN 'preparing' THEN 'expert' ELSE NULL END");
}

void block_person(Database& db, int64_t person_id, const std::string& reason, const std::string& by) {
    db.execute("UPDATE person_block SET lifted_at = UTC_TIMESTAMP(6) WHERE person_id = ? AND lifted_at IS NULL", {person_id});
    db.execute("INSERT INTO person_block (person_id, reason, blocked_by, blocked_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))",
               {person_id, reason, by});
}

void delete_notices_by(Database& db, const std::string& created_by) {
    db.execute("DELETE FROM service_notice WHERE created_by = ?", {created_by});
}

}  // namespace minside::db
