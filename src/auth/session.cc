#include "auth/session.h"

#include "audit/audit_log.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "db/session_repo.h"
#include "http/cookies.h"

namespace minside::auth {
namespace {

constexpr int64_t kTouchEvery = 60;

std::string person_ref(int64_t id) { return "person:" + std::to_string(id); }

void audit_session(http::Context& ctx, int64_t person_id, const std::string& action, int64_t session_id) {
    audit::record(*ctx.app.db, {person_ref(person_id), person_ref(person_id), action,
                                "session:" + std::to_string(session_id), ctx.req.remote_addr, ctx.req.request_id});
}

http::SetCookie session_cookie(const Config& cfg, const std::string& value) {
    http::SetCookie c;
    c.name = kSessionCookie;
    c.value = value;
    c.secure = cfg.cookie_secure;
    return c;  // no Max-Age: the cookie dies with the browser
}

}  // namespace

std::optional<Session> current_session(http::Context& ctx) {
    const std::string* token = ctx.req.cookie(kSessionCookie);
    if (!token || token->size() != 43) return std::nullopt;
    db::Database& db = *ctx.app.db;
    auto row = db::find_session(db, crypto::sha256_hex(*token));
    if (!row) return std::nullopt;
    const int64_t now = clock::now();
    const int64_t idle_limit = int64_t{ctx.app.config.session_idle_minutes} * 60;
    const char* ended = now >= row->expires_at                 ? "session.timeout.absolute"
                        : now - row->last_seen_at >= idle_limit ? "session.timeout.idle"
                                                                : nullptr;
    if (ended) {
        db::delete_session(db, row->id);
        audit_session(ctx, row->person_id, ended, row->id);
        return std::nullopt;
    }
    if (now - row->last_seen_at >= kTouchEvery) db::touch_session(db, row->id, now);
    return Session{row->id, row->person_id, row->csrf_token, row->id_token, row->idp_sid};
}

std::string start_session(http::Context& ctx, int64_t person_id, const std::string& idp_sid,
                          const std::string& id_token) {
    const std::string token = crypto::random_token(32);
    const int64_t now = clock::now();
    db::SessionRow row;
    row.person_id = person_id;
    row.idp_sid = idp_sid;
    row.id_token = id_token;
    row.csrf_token = crypto::random_token(32);
    row.created_at = row.last_seen_at = now;
    row.expires_at = now + int64_t{ctx.app.config.session_max_minutes} * 60;
    db::Transaction tx(*ctx.app.db);
    int64_t id = db::insert_session(*ctx.app.db, crypto::sha256_hex(token), row);
    audit_session(ctx, person_id, "login", id);
    tx.commit();
    return http::format_set_cookie(session_cookie(ctx.app.config, token));
}

std::string clear_session_cookie(const Config& cfg) {
    http::SetCookie c = session_cookie(cfg, "");
    c.max_age = 0;
    return http::format_set_cookie(c);
}

void end_session(http::Context& ctx, const Session& s, const std::string& why) {
    db::Transaction tx(*ctx.app.db);
    db::delete_session(*ctx.app.db, s.id);
    audit_session(ctx, s.person_id, why, s.id);
    tx.commit();
}

}  // namespace minside::auth
