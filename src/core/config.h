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
    std::string sql_dir = "/usr/local/share/minside/sql";
    // testing
    bool test_endpoints = false;  // /_test/* routes used by the harness; never in production
};

// Parses the file at `path`. Throws ConfigError naming the file, line and key.
Config load_config(const std::string& path);

// Parses config text; `origin` names it in messages, `base_dir` resolves relative secret paths.
Config parse_config(const std::string& text, const std::string& origin, const std::string& base_dir);

// Reads a secret file (systemd credentials style): the whole file, trailing newline removed.
// A relative path is looked up in $CREDENTIALS_DIRECTORY when set, else in base_dir.
std::string read_secret_file(const std::string& path, const std::string& base_dir);

}  // namespace minside
