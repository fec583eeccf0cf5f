#include "devidp/config.h"

#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "core/strings.h"
#include "devidp/checks.h"

namespace minside::devidp {
namespace {

// The example configuration carries comments after values ("issuer = http://x   # why"),
// so a '#' at the start of a line or after whitespace starts a comment. Values that need
// " #" (none of ours should) cannot be written.
std::string strip_comment(const std::string& line) {
    for (size_t i = 0; i < line.size(); ++i)
        if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
    return line;
}

bool parse_bool(const std::string& key, const std::string& v) {
    if (v == "true" || v == "yes" || v == "on") return true;
    if (v == "false" || v == "no" || v == "off") return false;
    throw ConfigError("key '" + key + "': expected true or false, got '" + v + "'");
}

void need_nonempty(const std::string& key, const std::string& v) {
    if (v.empty()) throw ConfigError("key '" + key + "' must not be empty");
}

void need_absolute_url(const std::string& key, const std::string& v) {
    if (!is_absolute_http_url(v)) throw ConfigError("key '" + key + "': expected an http(s) URL, got '" + v + "'");
}

// client.<id>.<field>; the id is everything between the first and the last dot.
void set_client_field(DevidpConfig& c, const std::string& key, const std::string& v) {
    auto last = key.rfind('.');
    std::string id = key.substr(7, last == std::string::npos || last < 7 ? 0 : last - 7);
    std::string field = last == std::string::npos ? "" : key.substr(last + 1);
    if (id.empty() || last < 7) throw ConfigError("unknown key '" + key + "'");
    ClientConfig& cl = c.clients[id];
    cl.id = id;
    if (field == "secret") {
        need_nonempty(key, v);
        cl.secret = v;
    } else if (field == "key_file") {
        need_nonempty(key, v);
        cl.key_file = v;
    } else if (field == "redirect_uri") {
        need_absolute_url(key, v);
        cl.redirect_uris.push_back(v);
    } else if (field == "post_logout_redirect_uri") {
        need_absolute_url(key, v);
        cl.post_logout_redirect_uris.push_back(v);
    } else if (field == "frontchannel_logout_uri") {
        need_absolute_url(key, v);
        cl.frontchannel_logout_uri = v;
    } else {
        throw ConfigError("unknown key '" + key + "'");
    }
}

// person = <11 digits>|<name>
Person parse_person(const std::string& v) {
    auto bar = v.find('|');
    Person p{trim(v.substr(0, bar)), bar == std::string::npos ? "" : trim(v.substr(bar + 1))};
    if (!is_pid_format(p.pid)) throw ConfigError("key 'person': expected '<11 digits>|<name>', got '" + v + "'");
    return p;
}

void set_key(DevidpConfig& c, const std::string& key, const std::string& v) {
    if (key == "listen") need_nonempty(key, c.listen = v);
    else if (key == "issuer") c.issuer = v;
    else if (key == "template_dir") need_nonempty(key, c.template_dir = v);
    else if (key == "control") c.control = parse_bool(key, v);
    else if (key == "clock_offset_file") c.clock_offset_file = v;
    else if (key == "person") c.persons.push_back(parse_person(v));
    else if (starts_with(key, "client.")) set_client_field(c, key, v);
    else throw ConfigError("unknown key '" + key + "'");
}

// Whole-file checks, after every line is read.
void validate(const DevidpConfig& c, const std::string& origin) {
    auto fail = [&](const std::string& why) { throw ConfigError(origin + ": " + why); };
    if (c.listen.empty()) fail("key 'listen' is required");
    if (c.template_dir.empty()) fail("key 'template_dir' is required");
    if (!is_absolute_http_url(c.issuer) || ends_with(c.issuer, "/") ||
        c.issuer.find_first_of("?#") != std::string::npos)
        fail("key 'issuer': expected an http(s) URL without a trailing slash, query or fragment, got '" +
             c.issuer + "'");
    for (const auto& [id, cl] : c.clients) {
        if (cl.redirect_uris.empty()) fail("key 'client." + id + ".redirect_uri' is required");
        if (cl.secret.empty() && cl.key_file.empty())
            fail("client '" + id + "' needs 'client." + id + ".secret' or 'client." + id + ".key_file'");
    }
}

}  // namespace

DevidpConfig parse_devidp_config(const std::string& text, const std::string& origin) {
    DevidpConfig cfg;
    std::istringstream in(text);
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
        ++lineno;
        std::string t = trim(strip_comment(line));
        if (t.empty()) continue;
        const std::string where = origin + ":" + std::to_string(lineno) + ": ";
        auto eq = t.find('=');
        if (eq == std::string::npos) throw ConfigError(where + "expected 'key = value', got '" + t + "'");
        try {
            set_key(cfg, trim(t.substr(0, eq)), trim(t.substr(eq + 1)));
        } catch (const ConfigError& e) {
            throw ConfigError(where + e.what());
        }
    }
    validate(cfg, origin);
    return cfg;
}

DevidpConfig load_devidp_config(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw ConfigError("cannot read configuration file '" + path + "'");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_devidp_config(ss.str(), path);
}

}  // namespace minside::devidp
