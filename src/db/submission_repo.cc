#include "db/submission_repo.h"

namespace minside::db {
namespace {
std::string text(const Value& v) { return v.value_or(""); }

int64_t num(const Value& v) { return v ? std::stoll(*v) : 0; }
const char* kColumns =
    "SELECT id, case_id, person_id, COALESCE(comment_request_id, 0), kind, receipt_no, COALESCE(description, ''), "
    "DATE_FORMAT(received_at, '%Y-%m-%d %H:%i:%s'), COALESCE(ip, '') FROM submission ";

Submission to_submission(const Row& r) {
    Submission s;
    s.id = num(r[0]);
    s.case_id = num(r[1]);
    s.person_id = num(r[2]);
    s.comment_request_id = num(r[3]);
    s.kind = text(r[4]);
    s.receipt_no = text(r[5]);
    s.description = text(r[6]);
    s.received_at = text(r[7]);
    s.ip = text(r[8]);
    return s;
}

void load_files(Database& db, Submission& s) {
    for (auto& r : db.query("SELECT filename, content_type, sha256, size FROM submission_file WHERE submission_id = ? ORDER BY id",
                            {s.id}))
        s.files.push_back({text(r[0]), text(r[1]), text(r[2]), num(r[3])});
}
}  // namespace

std::optional<std::string> already_received(Database& db, int64_t case_id, const std::string& sha256) {
    auto rows = db.query("SELECT DATE_FORMAT(s.received_at, '%Y-%m-%d %H:%i:%s') FROM submission_file f "
                         "JOIN submission s ON s.id = f.submission_id WHERE f.case_id = ? AND f.sha256 = ?",
                         {case_id, sha256});
    if (rows.empty()) return std::nullopt;
    return text(rows[0][0]);
}

int64_t insert_submission(Database& db, const Submission& s) {
    auto r = db.execute("INSERT INTO submission (case_id, person_id, kind, receipt_no, comment_request_id, description, received_at, ip) "
                        "VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), ?)",
                        {s.case_id, s.person_id, s.kind, s.receipt_no, id_or_null(s.comment_request_id), s.description, s.ip});
    const auto id = static_cast<int64_t>(r.insert_id);
    for (const auto& f : s.files)
        db.execute("INSERT INTO submission_file (submission_id, case_id, filename, content_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?)",
                   {id, s.case_id, f.filename, f.content_type, f.size, f.sha256});
    return id;
}

std::optional<Submission> submission_by_receipt(Database& db, int64_t case_id, const std::string& receipt_no) {
    auto rows = db.query(std::string(kColumns) + "WHERE case_id = ? AND receipt_no = ?", {case_id, receipt_no});
    if (rows.empty()) return std::nullopt;
    Submission s = to_submission(rows[0]);
    load_files(db, s);
    return s;
}

std::vector<Submission> submissions_for_case(Database& db, int64_t case_id) {
    std::vector<Submission> out;
    for (auto& r : db.query(std::string(kColumns) + "WHERE case_id = ? ORDER BY received_at DESC, id DESC", {case_id}))
        out.push_back(to_submission(r));
    // One query for every file of the case rather than one per submission.
    for (auto& r : db.query("SELECT submission_id, filename, content_type, sha256, size FROM submission_file "
                            "WHERE case_id = ? ORDER BY id",
                            {case_id}))
        for (auto& s : out)
            if (s.id == num(r[0])) s.files.push_back({text(r[1]), text(r[2]), text(r[3]), num(r[4])});
    return out;
}

std::pair<int64_t, int64_t> sent_since(Database& db, int64_t person_id, int64_t since_epoch) {
    auto rows = db.query("SELECT COUNT(f.id), COALESCE(SUM(f.size), 0) FROM submission s JOIN submission_file f ON f.submission_id = s.id "
                         "WHERE s.person_id = ? AND s.received_at >= FROM_UNIXTIME(?)",
                         {person_id, since_epoch});
    return {num(rows[0][0]), num(rows[0][1])};
}

}  // namespace minside::db
