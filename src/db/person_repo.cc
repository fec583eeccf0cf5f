#include "db/person_repo.h"

namespace minside::db {
namespace {
Person to_person(const Row& r) { return {std::stoll(*r[0]), r[1].value_or(""), r[2].value_or(""), r[3].value_or("")}; }
}  // namespace

std::optional<Person> find_person_by_pid_hmac(Database& db, const std::string& pid_hmac) {
    auto rows = db.query("SELECT id, name, kind, email FROM person WHERE pid_hmac = ?", {pid_hmac});
    if (rows.empty()) return std::nullopt;
    return to_person(rows[0]);
}

std::optional<Person> find_person(Database& db, int64_t id) {
    auto rows = db.query("SELECT id, name, kind, email FROM person WHERE id = ?", {id});
    if (rows.empty()) return std::nullopt;
    return to_person(rows[0]);
}

std::optional<PersonAccess> person_access(Database& db, int64_t person_id) {
    auto rows = db.query(
        "SELECT p.id, p.name, p.kind, p.email, "
        " EXISTS (SELECT 1 FROM person_block b WHERE b.person_id = p.id AND b.lifted_at IS NULL), "
        " COALESCE((SELECT c.given FROM consent c WHERE c.person_id = p.id ORDER BY c.id DESC LIMIT 1), 0) "
        "FROM person p WHERE p.id = ?",
        {person_id});
    if (rows.empty()) return std::nullopt;
    return PersonAccess{to_person(rows[0]), rows[0][4].value_or("0") == "1", rows[0][5].value_or("0") == "1"};
}

void update_email(Database& db, int64_t person_id, const std::string& email) {
    db.execute("UPDATE person SET email = ? WHERE id = ?", {email, person_id});
}

bool has_pilot_case(Database& db, int64_t person_id) {
    auto rows = db.query(
        "SELECT 1 FROM case_role r JOIN kase k ON k.id = r.case_id WHERE r.person_id = ? AND k.pilot = 1 LIMIT 1",
        {person_id});
    return !rows.empty();
}

std::vector<CaseSummary> cases_for_person(Database& db, int64_t person_id) {
    std::vector<CaseSummary> out;
    for (auto& r : db.query("SELECT k.id, k.case_no, k.status, r.role FROM case_role r JOIN kase k ON k.id = r.case_id "
                            "WHERE r.person_id = ? AND k.pilot = 1 ORDER BY k.created_at DESC, k.id DESC",
                            {person_id}))
        out.push_back({std::stoll(*r[0]), r[1].value_or(""), r[2].value_or(""), r[3].value_or("")});
    return out;
}

}  // namespace minside::db
