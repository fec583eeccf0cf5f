// The portal's configuration: one "key = value" file with documented defaults
// (see the shipped minside.conf), secrets read from separate files.
#pragma once
#include <map>
#include <string>

namespace minside {

struct Config {
    // server
    std::string listen = "/run/minside/fcgi.sock";  // unix socket when not socket-activated
    int workers = 4;
    int max_requests = 10000;
    int request_timeout = 60;    // seconds before a stuck worker is killed
    int graceful_timeout = 30;   // seconds requests in flight get on stop or reload
    // content
    std::string template_dir = "/usr/local/share/minside/tmpl";
    std::string default_language = "nb";
    std::string public_base_url = "https://minside.helseklage.no";
    bool cookie_secure = true;
    int notice_cache_seconds = 5;
    // database
    std::string db_socket = "/run/mysqld/mysqld.sock";
    std::string db_host;         // empty: use db_socket
    int db_port = 3306;
    std::string db_name = "minside";
    std::string db_user = "minside_web";
    std::string db_password;     // from db_password_file
    std::string db_admin_user = "minside_migrate";
    std::string db_admin_password;  // from db_admin_password_file
    std::string db_purge_user = "minside_purge";  // the retention job's own account
    std::string db_purge_password;  // from db_purge_password_file
    int audit_retention_days = 365;
    std::string sql_dir = "/usr/local/share/minside/sql";
    // ID-porten (OpenID Connect)
    std::string idporten_issuer = "https://idporten.no";
    std::string idporten_client_id;
    std::string idporten_client_auth = "private_key_jwt";  // or client_secret_basic
    std::string idporten_client_secret;   // from idporten_client_secret_file
    std::string idporten_client_key_file; // PEM private key for private_key_jwt
    std::string idporten_client_key_id;   // its kid as registered at ID-porten
    std::string idporten_redirect_uri;
    std::string idporten_post_logout_redirect_uri;
    std::string idporten_acr = "idporten-loa-substantial";
    // Keys the national identity number is hashed with for lookup (never stored in clear).
    std::string pid_hmac_key;             // from pid_hmac_key_file
    int session_idle_minutes = 30;
    int session_max_minutes = 120;
    // citizen portal
    std::string file_store_dir = "/var/lib/minside/files";  // outside the web root
    int upload_max_file_mb = 20;
    int upload_max_submission_mb = 100;
    std::string upload_types = "pdf,jpeg,png,heic,docx";
    int upload_daily_files = 50;        // per person, stops mass sending
    int upload_daily_mb = 300;
    std::string consent_text_version = "2026-12";
    // testing
    bool test_endpoints = false;  // /_test/* routes used by the harness; never in production
    std::string test_clock_file;  // honoured only with test_endpoints: seconds added to the clock
};

// Checks that need several keys at once (e.g. private_key_jwt needs a key file).
void validate_login_config(const Config& c);

// Parses the file at `path`. Throws ConfigError naming the file, line and key.
Config load_config(const std::string& path);

// Parses config text; `origin` names it in messages, `base_dir` resolves relative secret paths.
Config parse_config(const std::string& text, const std::string& origin, const std::string& base_dir);

// A secret file's full path: a relative one is looked up in $CREDENTIALS_DIRECTORY when
// set (systemd LoadCredential=), else in base_dir.
std::string resolve_secret_path(const std::string& path, const std::string& base_dir);

// Reads a secret file (systemd credentials style): the whole file, trailing newline removed.
// A relative path is looked up in $CREDENTIALS_DIRECTORY when set, else in base_dir.
std::string read_secret_file(const std::string& path, const std::string& base_dir);

}  // namespace minside
