// Sessions and login attempts (tables session, login_attempt).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "db/database.h"

namespace minside::db {

struct SessionRow {
    int64_t id = 0;
    int64_t person_id = 0;
    std::string idp_sid, id_token, csrf_token;
    int64_t created_at = 0, last_seen_at = 0, expires_at = 0;
};

std::optional<SessionRow> find_session(Database& db, const std::string& token_hash);
int64_t insert_session(Database& db, const std::string& token_hash, const SessionRow& s);
void touch_session(Database& db, int64_t id, int64_t now);
void delete_session(Database& db, int64_t id);
// Sessions started with this ID-porten sid (front-channel logout), as (id, person_id).
std::vector<std::pair<int64_t, int64_t>> sessions_by_idp_sid(Database& db, const std::string& sid);

struct LoginAttempt {
    std::string state, nonce, code_verifier;
    int64_t created_at = 0;
};

void insert_login_attempt(Database& db, const std::string& token_hash, const LoginAttempt& a);
// Removes login attempts older than ten minutes and sessions past their absolute expiry;
// run by `minside-admin cleanup` (the timer), never in a request.
uint64_t delete_stale_logins(Database& db, int64_t now);

// Returns and deletes the attempt: each can be used once.
std::optional<LoginAttempt> take_login_attempt(Database& db, const std::string& token_hash);

}  // namespace minside::db
