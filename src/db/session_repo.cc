#include "db/session_repo.h"

namespace minside::db {
namespace {
int64_t to_int(const Value& v) { return v ? std::stoll(*v) : 0; }
}  // namespace

std::optional<SessionRow> find_session(Database& db, const std::string& token_hash) {
    auto rows = db.query(
        "SELECT id, person_id, idp_sid, id_token, csrf_token, created_at, last_seen_at, expires_at "
        "FROM session WHERE token_hash = ?",
        {token_hash});
    if (rows.empty()) return std::nullopt;
    const Row& r = rows[0];
    SessionRow s;
    s.id = to_int(r[0]);
    s.person_id = to_int(r[1]);
    s.idp_sid = r[2].value_or("");
    s.id_token = r[3].value_or("");
    s.csrf_token = r[4].value_or("");
    s.created_at = to_int(r[5]);
    s.last_seen_at = to_int(r[6]);
    s.expires_at = to_int(r[7]);
    return s;
}

int64_t insert_session(Database& db, const std::string& token_hash, const SessionRow& s) {
    Param sid = s.idp_sid.empty() ? Param(nullptr) : Param(s.idp_sid);
    auto r = db.execute(
        "INSERT INTO session (token_hash, person_id, idp_sid, id_token, csrf_token, created_at, last_seen_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {token_hash, s.person_id, sid, s.id_token, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at});
    return static_cast<int64_t>(r.insert_id);
}

void touch_session(Database& db, int64_t id, int64_t now) {
    db.execute("UPDATE session SET last_seen_at = ? WHERE id = ?", {now, id});
}

void delete_session(Database& db, int64_t id) { db.execute("DELETE FROM session WHERE id = ?", {id}); }

std::vector<std::pair<int64_t, int64_t>> sessions_by_idp_sid(Database& db, const std::string& sid) {
    std::vector<std::pair<int64_t, int64_t>> out;
    for (auto& r : db.query("SELECT id, person_id FROM session WHERE idp_sid = ?", {sid}))
        out.emplace_back(to_int(r[0]), to_int(r[1]));
    return out;
}

void insert_login_attempt(Database& db, const std::string& token_hash, const LoginAttempt& a) {
    db.execute("INSERT INTO login_attempt (token_hash, state, nonce, code_verifier, created_at) VALUES (?, ?, ?, ?, ?)",
               {token_hash, a.state, a.nonce, a.code_verifier, a.created_at});
}

uint64_t delete_stale_logins(Database& db, int64_t now) {
    // Outside the request path: a range delete here would take index locks in the opposite
    // order of a login's single-row delete and deadlock with it under load.
    uint64_t n = db.execute("DELETE FROM login_attempt WHERE created_at < ?", {now - 600}).affected_rows;
    n += db.execute("DELETE FROM session WHERE expires_at < ?", {now}).affected_rows;
    return n;
}

std::optional<LoginAttempt> take_login_attempt(Database& db, const std::string& token_hash) {
    // One statement finds and removes the attempt, so two callbacks cannot both use it.
    auto r = db.execute("DELETE FROM login_attempt WHERE token_hash = ? RETURNING state, nonce, code_verifier, created_at",
                        {token_hash});
    if (r.rows.empty()) return std::nullopt;
    const Row& row = r.rows[0];
    return LoginAttempt{row[0].value_or(""), row[1].value_or(""), row[2].value_or(""), to_int(row[3])};
}

}  // namespace minside::db
