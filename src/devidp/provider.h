// The provider: configuration, keys and in-memory state, and one handler per endpoint.
// Nothing here knows about FastCGI (main.cc adapts), so tests can drive it directly.
#pragma once
#include <map>
#include <string>

#include "devidp/checks.h"
#include "devidp/client_auth.h"
#include "devidp/clock.h"
#include "devidp/config.h"
#include "devidp/id_token.h"
#include "devidp/store.h"
#include "http/response.h"

namespace minside::devidp {

using Params = std::map<std::string, std::string>;

struct Request {
    std::string method;         // GET, POST, ...
    std::string path;           // DOCUMENT_URI, no query
    Params query;               // parsed QUERY_STRING
    Params form;                // parsed urlencoded body (POST)
    std::string cookie_header;  // HTTP_COOKIE
    std::string authorization;  // HTTP_AUTHORIZATION

    const Params& params() const { return method == "POST" ? form : query; }
    std::string param(const std::string& name) const;
};

// The /control switches.
struct ControlState {
    Misbehaviour misbehave = Misbehaviour::none;
    std::string signing_kid = kKid1;
};

class Provider {
public:
    // Loads the clients' keys and generates the signing keys. Throws ConfigError.
    explicit Provider(DevidpConfig cfg);
    Provider(DevidpConfig cfg, std::map<std::string, Client> clients);  // for tests

    // Routes one request. Exceptions escape only for bugs; main.cc answers them with 500.
    http::Response handle(const Request& req);

    const DevidpConfig& config() const { return cfg_; }
    Clock& clock() { return clock_; }
    const SigningKeys& keys() const { return keys_; }
    ControlState& control() { return control_; }

private:
    http::Response discovery(const Request& req) const;
    http::Response jwks(const Request& req) const;
    http::Response control_endpoint(const Request& req);
    // authorize.cc
    http::Response authorize(const Request& req);
    http::Response login(const Request& req);
    http::Response finish_login(const Request& req, const PendingRequest& p, const std::string& pending_id);
    http::Response login_page(const PendingRequest& p, const std::string& id, const std::string& error,
                              const Request& req, int status);
    std::string start_or_reuse_session(const Request& req, const std::string& pid, const std::string& name,
                                       const Eid& eid, const PendingRequest& p, std::string& sid);
    // token.cc
    http::Response token(const Request& req);
    http::Response redeem(const Request& req, const std::string& client_id);
    std::string issue_id_token(const CodeGrant& g);
    // endsession.cc
    http::Response endsession(const Request& req);

    std::string endpoint(const std::string& path) const { return cfg_.issuer + path; }
    std::string local_path(const std::string& path) const { return base_path_ + path; }
    const Client* client(const std::string& id) const;
    std::string session_cookie_header(const std::string& value, bool clear) const;

    DevidpConfig cfg_;
    std::map<std::string, Client> clients_;
    SigningKeys keys_;
    std::string pairwise_key_;  // per run: subjects change between runs, like a fresh test env
    std::string base_path_;     // the issuer's path ("" for http://host:port)
    Clock clock_;
    Store store_;
    JtiCache jtis_;
    ControlState control_;
};

// Response helpers shared by the endpoint files.
http::Response json_response(int status, const nlohmann::json& body);
http::Response oauth_error(int status, const std::string& error, const std::string& description);
http::Response html_response(int status, std::string body);
extern const char kSessionCookie[];  // "idp_session"

}  // namespace minside::devidp
