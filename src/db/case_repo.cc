#include "db/case_repo.h"

namespace minside::db {
namespace {
constexpr const char* kUtc = "'%Y-%m-%d %H:%i:%s'";
std::string text(const Value& v) { return v.value_or(""); }
int64_t num(const Value& v) { return v ? std::stoll(*v) : 0; }
}  // namespace

std::optional<CaseForPerson> case_for_person(Database& db, int64_t case_id, int64_t person_id) {
    auto rows = db.query(std::string(
        "SELECT k.id, k.case_no, k.status, COALESCE(k.next_step, ''), r.role, "
        " (SELECT p.name FROM case_role pr JOIN person p ON p.id = pr.person_id WHERE pr.case_id = k.id AND pr.role = 'party' LIMIT 1), "
        " (SELECT DATE_FORMAT(v.last_opened_at, ") + kUtc + ") FROM case_view v WHERE v.case_id = k.id AND v.person_id = r.person_id) "
        "FROM kase k JOIN case_role r ON r.case_id = k.id WHERE k.id = ? AND r.person_id = ? AND k.pilot = 1",
        {case_id, person_id});
    if (rows.empty()) return std::nullopt;
    const Row& r = rows[0];
    return CaseForPerson{num(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]), text(r[6])};
}

std::vector<CaseListItem> case_list(Database& db, int64_t person_id) {
    std::vector<CaseListItem> out;
    for (auto& r : db.query(
             "SELECT k.id, k.case_no, k.status, r.role, "
             " (SELECT p.name FROM case_role pr JOIN person p ON p.id = pr.person_id WHERE pr.case_id = k.id AND pr.role = 'party' LIMIT 1) "
             "FROM case_role r JOIN kase k ON k.id = r.case_id WHERE r.person_id = ? AND k.pilot = 1 "
             "ORDER BY k.created_at DESC, k.id DESC",
             {person_id}))
        out.push_back({num(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4])});
    return out;
}

std::vector<TimelineEvent> timeline(Database& db, int64_t case_id) {
    std::vector<TimelineEvent> out;
    for (auto& r : db.query(std::string("SELECT kind, DATE_FORMAT(occurred_at, ") + kUtc +
                                "), COALESCE(document_id, 0) FROM case_event WHERE case_id = ? ORDER BY occurred_at, id",
                            {case_id}))
        out.push_back({text(r[0]), text(r[1]), num(r[2])});
    return out;
}

namespace {
const std::string kDocumentColumns = std::string(
    "SELECT d.id, d.title, d.kind, DATE_FORMAT(d.published_at, ") + kUtc + "), d.filename, d.content_type, d.sha256, d.size, "
    " COALESCE((SELECT DATE_FORMAT(v.first_opened_at, " + kUtc + ") FROM document_view v WHERE v.document_id = d.id AND v.person_id = ?), '') "
    "FROM document d ";

DocumentInfo to_document(const Row& r) {
    return {num(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]), text(r[6]), num(r[7]), text(r[8])};
}
}  // namespace

std::vector<DocumentInfo> published_documents(Database& db, int64_t case_id, int64_t person_id) {
    std::vector<DocumentInfo> out;
    for (auto& r : db.query(kDocumentColumns + "WHERE d.case_id = ? AND d.visibility = 'published' ORDER BY d.published_at DESC, d.id DESC",
                            {person_id, case_id}))
        out.push_back(to_document(r));
    return out;
}

std::optional<DocumentInfo> published_document(Database& db, int64_t case_id, int64_t document_id, int64_t person_id) {
    auto rows = db.query(kDocumentColumns + "WHERE d.case_id = ? AND d.id = ? AND d.visibility = 'published'",
                         {person_id, case_id, document_id});
    if (rows.empty()) return std::nullopt;
    return to_document(rows[0]);
}

void record_document_view(Database& db, int64_t document_id, int64_t person_id, const std::string& ip) {
    db.execute("INSERT IGNORE INTO document_view (document_id, person_id, first_opened_at, first_ip) VALUES (?, ?, UTC_TIMESTAMP(6), ?)",
               {document_id, person_id, ip});
}

void record_case_view(Database& db, int64_t case_id, int64_t person_id) {
    db.execute("INSERT INTO case_view (case_id, person_id, first_opened_at, last_opened_at) VALUES (?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)) "
               "ON DUPLICATE KEY UPDATE last_opened_at = VALUES(last_opened_at)",
               {case_id, person_id});
}

std::vector<CommentRequest> comment_requests(Database& db, int64_t case_id) {
    std::vector<CommentRequest> out;
    for (auto& r : db.query(std::string("SELECT c.id, c.document_id, d.title, DATE_FORMAT(c.deadline, ") + kUtc +
                                ") FROM comment_request c JOIN document d ON d.id = c.document_id "
                                "WHERE c.case_id = ? AND d.visibility = 'published' ORDER BY c.deadline",
                            {case_id}))
        out.push_back({num(r[0]), num(r[1]), text(r[2]), text(r[3])});
    return out;
}

std::optional<CommentRequest> comment_request(Database& db, int64_t case_id, int64_t request_id) {
    for (auto& c : comment_requests(db, case_id))
        if (c.id == request_id) return c;
    return std::nullopt;
}

}  // namespace minside::db
