#include "devidp/store.h"

#include <algorithm>

#include "core/crypto.h"

namespace minside::devidp {

void SsoSession::add_client(const std::string& client_id) {
    if (std::find(clients.begin(), clients.end(), client_id) == clients.end()) clients.push_back(client_id);
}

bool session_alive(const SsoSession& s, int64_t now) {
    return now - s.last_used <= kSessionIdleSeconds && now - s.created <= kSessionMaxSeconds;
}

std::string Store::add_pending(PendingRequest p) {
    std::string id = crypto::random_token(32);
    pending_[id] = std::move(p);
    return id;
}

const PendingRequest* Store::find_pending(const std::string& id, int64_t now) const {
    auto it = pending_.find(id);
    if (it == pending_.end() || it->second.expires < now) return nullptr;
    return &it->second;
}

std::string Store::add_code(CodeGrant g) {
    std::string code = crypto::random_token(32);
    codes_[code] = std::move(g);
    return code;
}

std::optional<CodeGrant> Store::take_code(const std::string& code) {
    auto it = codes_.find(code);
    if (it == codes_.end()) return std::nullopt;
    CodeGrant g = std::move(it->second);
    codes_.erase(it);
    return g;
}

SsoSession* Store::session_by_cookie(const std::string& cookie, int64_t now) {
    auto it = sessions_.find(cookie);
    if (it == sessions_.end() || !session_alive(it->second, now)) return nullptr;
    return &it->second;
}

std::string Store::cookie_for_sid(const std::string& sid, int64_t now) const {
    for (const auto& [cookie, s] : sessions_)
        if (s.sid == sid && session_alive(s, now)) return cookie;
    return {};
}

std::string Store::create_session(SsoSession s) {
    std::string cookie = crypto::random_token(32);
    sessions_[cookie] = std::move(s);
    return cookie;
}

void Store::prune(int64_t now) {
    // Codes are kept a little past expiry so a late redemption says "expired", not "unknown".
    for (auto it = codes_.begin(); it != codes_.end();)
        it = it->second.expires + 600 < now ? codes_.erase(it) : std::next(it);
    for (auto it = pending_.begin(); it != pending_.end();)
        it = it->second.expires < now ? pending_.erase(it) : std::next(it);
    for (auto it = sessions_.begin(); it != sessions_.end();)
        it = session_alive(it->second, now) ? std::next(it) : sessions_.erase(it);
}

}  // namespace minside::devidp
