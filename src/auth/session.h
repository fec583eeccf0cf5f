// The citizen's session: a 256-bit random token in the __Host-session cookie, only its
// SHA-256 in the database; 30 min idle and 120 min absolute (ID-porten's own limits).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "http/app.h"

namespace minside::auth {

inline const char* kSessionCookie = "__Host-session";

struct Session {
    int64_t id = 0;
    int64_t person_id = 0;
    std::string csrf_token, id_token, idp_sid;
};

// The session the request's cookie names, if it is still alive. An expired one is
// deleted and its timeout audit-logged. last_seen is written at most once a minute.
std::optional<Session> current_session(http::Context& ctx);

// A new session (new token: no fixation); returns the Set-Cookie header value.
std::string start_session(http::Context& ctx, int64_t person_id, const std::string& idp_sid,
                          const std::string& id_token);

// Deletes the session's cookie in the browser.
std::string clear_session_cookie(const Config& cfg);

void end_session(http::Context& ctx, const Session& s, const std::string& why);

}  // namespace minside::auth
