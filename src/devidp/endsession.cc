// GET/POST /endsession: RP-initiated logout with front-channel logout of every client
// that took part in the SSO session.
#include "devidp/checks.h"
#include "devidp/pages.h"
#include "devidp/provider.h"
#include "http/cookies.h"

namespace minside::devidp {
namespace {

// The client an ID token was issued to: "aud" as a string or a one-element array.
std::string audience_of(const nlohmann::json& payload) {
    auto aud = payload.value("aud", nlohmann::json());
    if (aud.is_array() && aud.size() == 1) aud = aud[0];
    return aud.is_string() ? aud.get<std::string>() : "";
}

}  // namespace

http::Response Provider::endsession(const Request& req) {
    std::string lang = page_language(pick_locale(req.param("ui_locales")));
    if (req.method != "GET" && req.method != "POST") return html_response(405, render_error(lang, "err_request"));
    const int64_t now = clock_.now();
    std::string client_id = req.param("client_id");
    std::string hint_sid;
    if (!req.param("id_token_hint").empty()) {
        // Signature only: a hint is usually expired by the time the person logs out.
        auto payload = verify_own_token(req.param("id_token_hint"), keys_);
        std::string aud = payload ? audience_of(*payload) : "";
        if (!client(aud) || (!client_id.empty() && client_id != aud)) return html_response(400, render_error(lang, "err_hint"));
        client_id = aud;
        auto sid = payload->value("sid", nlohmann::json());
        if (sid.is_string()) hint_sid = sid.get<std::string>();
    }
    const std::string post_logout = req.param("post_logout_redirect_uri");
    if (!post_logout.empty()) {
        if (client_id.empty()) return html_response(400, render_error(lang, "err_post_logout_client"));
        const Client* c = client(client_id);
        if (!c || !contains(c->cfg.post_logout_redirect_uris, post_logout))
            return html_response(400, render_error(lang, "err_post_logout"));
    }

    // The hint's sid finds the session even when the browser's cookie is not sent
    // (a cross-site POST); otherwise the cookie does.
    const std::string browser_cookie = [&] {
        auto cookies = http::parse_cookie_header(req.cookie_header);
        auto it = cookies.find(kSessionCookie);
        return it == cookies.end() ? std::string() : it->second;
    }();
    std::string cookie = hint_sid.empty() ? "" : store_.cookie_for_sid(hint_sid, now);
    if (cookie.empty() && store_.session_by_cookie(browser_cookie, now)) cookie = browser_cookie;

    LogoutView v;
    v.lang = lang;
    if (SsoSession* s = cookie.empty() ? nullptr : store_.session_by_cookie(cookie, now)) {
        if (req.param("ui_locales").empty()) v.lang = page_language(s->locale);
        for (const auto& id : s->clients) {
            const Client* c = client(id);
            if (c && !c->cfg.frontchannel_logout_uri.empty())
                v.frames.push_back({append_query(c->cfg.frontchannel_logout_uri, {{"iss", cfg_.issuer}, {"sid", s->sid}}), id});
        }
        store_.end_session(cookie);
    }
    if (!post_logout.empty())
        v.continue_url = req.param("state").empty() ? post_logout : append_query(post_logout, {{"state", req.param("state")}});
    http::Response r = html_response(200, render_logout(v));
    if (!browser_cookie.empty()) r.add_header("Set-Cookie", session_cookie_header("", true));
    return r;
}

}  // namespace minside::devidp
