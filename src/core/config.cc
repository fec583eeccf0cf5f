#include "core/config.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include "core/errors.h"
#include "core/strings.h"

namespace minside {
namespace {

using Setter = std::function<void(Config&, const std::string& value, const std::string& base)>;

int parse_int(const std::string& key, const std::string& v, int lo, int hi) {
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || errno == ERANGE || n < lo || n > hi)
        throw ConfigError("key '" + key + "': expected a whole number from " + std::to_string(lo) +
                          " to " + std::to_string(hi) + ", got '" + v + "'");
    return static_cast<int>(n);
}

bool parse_bool(const std::string& key, const std::string& v) {
    if (v == "true" || v == "yes" || v == "on") return true;
    if (v == "false" || v == "no" || v == "off") return false;
    throw ConfigError("key '" + key + "': expected true or false, got '" + v + "'");
}

std::string parse_language(const std::string& key, const std::string& v) {
    if (v == "nb" || v == "nn" || v == "en") return v;
    throw ConfigError("key '" + key + "': expected nb, nn or en, got '" + v + "'");
}

std::string parse_nonempty(const std::string& key, const std::string& v) {
    if (v.empty()) throw ConfigError("key '" + key + "' must not be empty");
    return v;
}

#define STR(field) {#field, [](Config& c, const std::string& v, const std::string&) { c.field = v; }}
#define PATH(field) {#field, [](Config& c, const std::string& v, const std::string&) { c.field = parse_nonempty(#field, v); }}
#define INT(field, lo, hi) {#field, [](Config& c, const std::string& v, const std::string&) { c.field = parse_int(#field, v, lo, hi); }}
#define BOOL(field) {#field, [](Config& c, const std::string& v, const std::string&) { c.field = parse_bool(#field, v); }}
#define SECRET(field) {#field "_file", [](Config& c, const std::string& v, const std::string& b) { c.field = read_secret_file(v, b); }}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> table = {
        PATH(listen), INT(workers, 1, 256), INT(max_requests, 0, INT_MAX),
        INT(request_timeout, 1, 3600), INT(graceful_timeout, 1, 3600),
        PATH(template_dir), PATH(sql_dir), PATH(public_base_url), BOOL(cookie_secure),
        {"default_language", [](Config& c, const std::string& v, const std::string&) {
             c.default_language = parse_language("default_language", v); }},
        INT(notice_cache_seconds, 0, 3600),
        STR(db_socket), STR(db_host), INT(db_port, 1, 65535), PATH(db_name), PATH(db_user),
        PATH(db_admin_user), SECRET(db_password), SECRET(db_admin_password),
        PATH(db_purge_user), SECRET(db_purge_password), INT(audit_retention_days, 1, 3650),
        BOOL(test_endpoints), STR(test_clock_file),
        PATH(idporten_issuer), STR(idporten_client_id), {"idporten_client_key_file", [](Config& c, const std::string& v, const std::string& b) {
             c.idporten_client_key_file = resolve_secret_path(v, b); }},
        STR(idporten_client_key_id), STR(idporten_redirect_uri), STR(idporten_post_logout_redirect_uri),
        SECRET(idporten_client_secret), SECRET(pid_hmac_key),
        {"idporten_client_auth", [](Config& c, const std::string& v, const std::string&) {
             if (v != "private_key_jwt" && v != "client_secret_basic")
                 throw ConfigError("key 'idporten_client_auth': expected private_key_jwt or client_secret_basic, got '" + v + "'");
             c.idporten_client_auth = v; }},
        {"idporten_acr", [](Config& c, const std::string& v, const std::string&) {
             if (v != "idporten-loa-substantial" && v != "idporten-loa-high")
                 throw ConfigError("key 'idporten_acr': expected idporten-loa-substantial or idporten-loa-high, got '" + v + "'");
             c.idporten_acr = v; }},
        INT(session_idle_minutes, 1, 30), INT(session_max_minutes, 1, 120),
        PATH(file_store_dir), INT(upload_max_file_mb, 1, 1024), INT(upload_max_submission_mb, 1, 4096),
        PATH(upload_types), INT(upload_daily_files, 1, 100000), INT(upload_daily_mb, 1, 1000000),
        PATH(consent_text_version),
    };
    return table;
}
#undef STR
#undef PATH
#undef INT
#undef BOOL
#undef SECRET

bool looks_like_inline_secret(const std::string& key) {
    return key == "db_password" || key == "db_admin_password" || key == "db_purge_password" || ends_with(key, "_secret") ||
           ends_with(key, "_token") || key == "pid_hmac_key";
}

}  // namespace

std::string resolve_secret_path(const std::string& path, const std::string& base_dir) {
    if (path.empty() || path[0] == '/') return path;
    const char* creds = std::getenv("CREDENTIALS_DIRECTORY");
    return (creds ? std::string(creds) : base_dir) + "/" + path;
}

std::string read_secret_file(const std::string& path, const std::string& base_dir) {
    const std::string full = resolve_secret_path(path, base_dir);
    std::ifstream in(full, std::ios::binary);
    if (!in) throw ConfigError("cannot read secret file '" + full + "'");
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string s = ss.str();
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    if (s.empty()) throw ConfigError("secret file '" + full + "' is empty");
    return s;
}

Config parse_config(const std::string& text, const std::string& origin, const std::string& base_dir) {
    Config cfg;
    std::istringstream in(text);
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
        ++lineno;
        std::string t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        const std::string where = origin + ":" + std::to_string(lineno) + ": ";
        auto eq = t.find('=');
        if (eq == std::string::npos) throw ConfigError(where + "expected 'key = value', got '" + t + "'");
        std::string key = trim(t.substr(0, eq));
        std::string value = trim(t.substr(eq + 1));
        if (looks_like_inline_secret(key))
            throw ConfigError(where + "key '" + key + "': secrets do not belong in the main file; use " +
                              key + "_file pointing to a file only the service can read");
        auto it = setters().find(key);
        if (it == setters().end()) throw ConfigError(where + "unknown key '" + key + "'");
        try {
            it->second(cfg, value, base_dir);
        } catch (const ConfigError& e) {
            throw ConfigError(where + e.what());
        }
    }
    return cfg;
}

void validate_login_config(const Config& c) {
    auto need = [](const std::string& v, const char* key) {
        if (v.empty()) throw ConfigError(std::string("key '") + key + "' is required for ID-porten login");
    };
    need(c.idporten_client_id, "idporten_client_id");
    need(c.idporten_redirect_uri, "idporten_redirect_uri");
    need(c.idporten_post_logout_redirect_uri, "idporten_post_logout_redirect_uri");
    if (c.pid_hmac_key.size() < 32) throw ConfigError("key 'pid_hmac_key_file': the key must be at least 32 characters");
    if (c.idporten_client_auth == "private_key_jwt") {
        need(c.idporten_client_key_file, "idporten_client_key_file");
        need(c.idporten_client_key_id, "idporten_client_key_id");
    } else {
        need(c.idporten_client_secret, "idporten_client_secret_file");
    }
}

Config load_config(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw ConfigError("cannot read configuration file '" + path + "'");
    std::ostringstream ss;
    ss << in.rdbuf();
    auto slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    return parse_config(ss.str(), path, dir);
}

}  // namespace minside
