// Everything minside-devidp remembers, in memory: authorization requests waiting for the
// login form, single-use codes, SSO sessions. Lifetimes follow ID-porten and are measured
// on the controllable clock, so tests can expire things by moving it.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace minside::devidp {

constexpr int64_t kPendingSeconds = 600;        // the login form must be sent within 10 min
constexpr int64_t kCodeSeconds = 60;            // authorization codes
constexpr int64_t kSessionIdleSeconds = 30 * 60;   // ID-porten's SSO session: 30 min idle
constexpr int64_t kSessionMaxSeconds = 120 * 60;   // and 120 min at most

// A validated /authorize request, kept until the person logs in or cancels.
struct PendingRequest {
    std::string client_id, redirect_uri, state, nonce, code_challenge;
    std::string acr;        // required level, normalised
    std::string locale;     // nb, nn, en or se: becomes the ID token's "locale"
    std::string page_lang;  // nb or en: the login page's language
    int64_t expires = 0;
};

// What a code stands for; copied into the ID token at /token.
struct CodeGrant {
    std::string client_id, redirect_uri, code_challenge, nonce, acr, pid, sid, locale;
    std::vector<std::string> amr;
    int64_t auth_time = 0;
    int64_t expires = 0;
};

struct SsoSession {
    std::string sid, pid, name, acr, locale;
    std::vector<std::string> amr;
    int64_t auth_time = 0, created = 0, last_used = 0;
    std::vector<std::string> clients;  // in login order, each once

    void add_client(const std::string& client_id);
};

class Store {
public:
    std::string add_pending(PendingRequest p);                       // returns a random id
    const PendingRequest* find_pending(const std::string& id, int64_t now) const;  // null: unknown/expired
    void erase_pending(const std::string& id) { pending_.erase(id); }

    std::string add_code(CodeGrant g);                               // returns the code
    // Removes the code whatever happens next: a code is spent by its first use.
    std::optional<CodeGrant> take_code(const std::string& code);

    // Sessions are keyed by the idp_session cookie's value. Expired ones are not found.
    SsoSession* session_by_cookie(const std::string& cookie, int64_t now);
    // The cookie value of the live session with this sid, or empty.
    std::string cookie_for_sid(const std::string& sid, int64_t now) const;
    std::string create_session(SsoSession s);                        // returns the cookie value
    void end_session(const std::string& cookie) { sessions_.erase(cookie); }

    // Drops what has expired, so a long test run does not grow without bound.
    void prune(int64_t now);

    size_t session_count() const { return sessions_.size(); }

private:
    std::map<std::string, PendingRequest> pending_;
    std::map<std::string, CodeGrant> codes_;
    std::map<std::string, SsoSession> sessions_;
};

bool session_alive(const SsoSession& s, int64_t now);

}  // namespace minside::devidp
