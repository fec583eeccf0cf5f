// GET /authorize (validate, show the login page) and POST /authorize/login (the form).
#include "core/crypto.h"
#include "core/strings.h"
#include "devidp/checks.h"
#include "devidp/pages.h"
#include "devidp/provider.h"
#include "http/cookies.h"

namespace minside::devidp {
namespace {

// The first eID good enough for the request: MinID for substantial, BankID for high.
std::string default_eid(const std::string& acr) {
    for (const auto& e : eids())
        if (acr_satisfies(e.acr, acr)) return e.id;
    return "bankid";
}

// The reason an authorization request (client and redirect_uri already checked) is
// refused, or "" when it is fine.
std::string request_problem(const Request& req) {
    if (req.param("response_type") != "code") return "response_type must be code";
    if (!has_word(req.param("scope"), "openid")) return "scope must contain openid";
    if (!is_pkce_string(req.param("code_challenge"))) return "code_challenge missing or malformed";
    if (req.param("code_challenge_method") != "S256") return "code_challenge_method must be S256";
    if (req.param("state").empty()) return "state is required";
    if (req.param("nonce").empty()) return "nonce is required";
    if (!required_acr(req.param("acr_values"))) return "unsupported acr_values";
    return "";
}

}  // namespace

http::Response Provider::authorize(const Request& req) {
    const std::string lang = page_language(pick_locale(req.param("ui_locales")));
    if (req.method != "GET" && req.method != "POST") return html_response(405, render_error(lang, "err_request"));
    // Until client and redirect_uri are known good, never redirect anywhere (open redirector).
    const Client* c = client(req.param("client_id"));
    if (!c) return html_response(400, render_error(lang, "err_client"));
    const std::string redirect_uri = req.param("redirect_uri");
    if (!contains(c->cfg.redirect_uris, redirect_uri)) return html_response(400, render_error(lang, "err_redirect_uri"));
    std::string problem = request_problem(req);
    if (!problem.empty()) {
        std::vector<std::pair<std::string, std::string>> q = {{"error", "invalid_request"}, {"error_description", problem}};
        if (!req.param("state").empty()) q.emplace_back("state", req.param("state"));
        q.emplace_back("iss", cfg_.issuer);
        return http::Response::redirect(append_query(redirect_uri, q), 302);
    }
    PendingRequest p;
    p.client_id = c->cfg.id;
    p.redirect_uri = redirect_uri;
    p.state = req.param("state");
    p.nonce = req.param("nonce");
    p.code_challenge = req.param("code_challenge");
    p.acr = *required_acr(req.param("acr_values"));
    p.locale = pick_locale(req.param("ui_locales"));
    p.page_lang = lang;
    p.expires = clock_.now() + kPendingSeconds;
    std::string id = store_.add_pending(p);
    return login_page(p, id, "", req, 200);
}

// The form, pre-filled from what was sent (after an error) or from the SSO session.
http::Response Provider::login_page(const PendingRequest& p, const std::string& id, const std::string& error,
                                    const Request& req, int status) {
    LoginView v;
    v.lang = p.page_lang;
    v.action = local_path("/authorize/login");
    v.request_id = id;
    v.client_id = p.client_id;
    v.level = p.acr;
    v.error = error;
    v.persons = cfg_.persons;
    v.checked_eid = default_eid(p.acr);
    if (!cfg_.persons.empty()) v.checked_person = cfg_.persons.front().pid;
    if (req.method == "POST" && req.form.count("request")) {
        if (req.form.count("person")) v.checked_person = value_of(req.form, "person");
        if (req.form.count("eid")) v.checked_eid = value_of(req.form, "eid");
        v.pid_value = value_of(req.form, "pid");
        v.name_value = value_of(req.form, "name");
    } else if (const SsoSession* s = store_.session_by_cookie(
                   value_of(http::parse_cookie_header(req.cookie_header), kSessionCookie), clock_.now())) {
        bool listed = false;
        for (const auto& person : cfg_.persons) listed = listed || person.pid == s->pid;
        if (listed) {
            v.checked_person = s->pid;
        } else {
            v.pid_value = s->pid;
            v.name_value = s->name;
        }
    }
    return html_response(status, render_login(v));
}

http::Response Provider::login(const Request& req) {
    if (req.method != "POST") {
        http::Response r = html_response(405, render_error("nb", "err_request"));
        r.set_header("Allow", "POST");
        return r;
    }
    const std::string id = value_of(req.form, "request");
    const PendingRequest* found = store_.find_pending(id, clock_.now());
    if (!found) return html_response(400, render_error("nb", "err_request"));
    const PendingRequest p = *found;  // a copy: the entry is erased below
    const std::string action = value_of(req.form, "action");
    if (action == "cancel") {
        store_.erase_pending(id);
        return http::Response::redirect(
            append_query(p.redirect_uri, {{"error", "access_denied"},
                                          {"error_description", "The user cancelled the login"},
                                          {"state", p.state},
                                          {"iss", cfg_.issuer}}),
            303);
    }
    if (action != "login") return login_page(p, id, "err_action", req, 400);
    return finish_login(req, p, id);
}

// Who logs in: the typed number wins over the radio list (so any person can be tried).
http::Response Provider::finish_login(const Request& req, const PendingRequest& p, const std::string& id) {
    std::string pid = trim(value_of(req.form, "pid"));
    std::string name = trim(value_of(req.form, "name"));
    if (pid.empty()) {
        for (const auto& person : cfg_.persons) {
            if (person.pid != value_of(req.form, "person")) continue;
            pid = person.pid;
            name = person.name;
        }
        if (pid.empty()) return login_page(p, id, "err_no_person", req, 400);
    }
    if (!is_pid_format(pid)) return login_page(p, id, "err_pid", req, 400);
    const Eid* eid = find_eid(req.form.count("eid") ? value_of(req.form, "eid") : default_eid(p.acr));
    if (!eid) return login_page(p, id, "err_eid", req, 400);
    if (!acr_satisfies(eid->acr, p.acr)) return login_page(p, id, "err_level", req, 400);

    std::string sid;
    std::string set_cookie = start_or_reuse_session(req, pid, name, *eid, p, sid);
    CodeGrant g;
    g.client_id = p.client_id;
    g.redirect_uri = p.redirect_uri;
    g.code_challenge = p.code_challenge;
    g.nonce = p.nonce;
    g.acr = eid->acr;
    g.amr = {eid->label};
    g.pid = pid;
    g.sid = sid;
    g.locale = p.locale;
    g.auth_time = clock_.now();
    g.expires = clock_.now() + kCodeSeconds;
    std::string code = store_.add_code(std::move(g));
    store_.erase_pending(id);
    http::Response r = http::Response::redirect(
        append_query(p.redirect_uri, {{"code", code}, {"state", p.state}, {"iss", cfg_.issuer}}), 303);
    if (!set_cookie.empty()) r.add_header("Set-Cookie", set_cookie);
    return r;
}

// The browser's SSO session is kept when the same person logs in again (its sid stays,
// which is what front-channel logout keys on); another person replaces it. Returns the
// Set-Cookie value for a new session, or "" when the existing cookie stays valid.
std::string Provider::start_or_reuse_session(const Request& req, const std::string& pid, const std::string& name,
                                             const Eid& eid, const PendingRequest& p, std::string& sid) {
    const int64_t now = clock_.now();
    const std::string cookie = value_of(http::parse_cookie_header(req.cookie_header), kSessionCookie);
    SsoSession* s = store_.session_by_cookie(cookie, now);
    if (s && s->pid == pid) {
        s->name = name.empty() ? s->name : name;
        s->acr = eid.acr;
        s->amr = {eid.label};
        s->auth_time = s->last_used = now;
        s->locale = p.locale;
        s->add_client(p.client_id);
        sid = s->sid;
        return "";
    }
    if (s) store_.end_session(cookie);
    SsoSession fresh;
    fresh.sid = crypto::random_token(32);
    fresh.pid = pid;
    fresh.name = name;
    fresh.acr = eid.acr;
    fresh.amr = {eid.label};
    fresh.locale = p.locale;
    fresh.auth_time = fresh.created = fresh.last_used = now;
    fresh.add_client(p.client_id);
    sid = fresh.sid;
    return session_cookie_header(store_.create_session(std::move(fresh)), false);
}

}  // namespace minside::devidp
