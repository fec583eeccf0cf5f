#include "db/migrations.h"

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/errors.h"
#include "core/strings.h"

namespace minside::db {

std::vector<Migration> find_migrations(const std::string& dir) {
    std::vector<Migration> out;
    DIR* d = opendir(dir.c_str());
    if (!d) throw std::runtime_error("cannot open migrations directory " + dir);
    while (dirent* e = readdir(d)) {
        std::string name = e->d_name;
        if (name.size() < 8 || !ends_with(name, ".sql") || name[3] != '_') continue;
        if (!std::all_of(name.begin(), name.begin() + 3, [](char c) { return c >= '0' && c <= '9'; }))
            continue;
        out.push_back({std::stoi(name.substr(0, 3)), name, dir + "/" + name});
    }
    closedir(d);
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.version < b.version; });
    std::set<int> seen;
    for (auto& m : out)
        if (!seen.insert(m.version).second)
            throw std::runtime_error("two migrations with version " + std::to_string(m.version));
    return out;
}

std::vector<std::string> split_sql_script(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string line, current;
    while (std::getline(in, line)) {
        std::string t = trim(line);
        if (t.empty() || starts_with(t, "--")) continue;
        current += line + "\n";
        if (ends_with(t, ";")) {
            std::string stmt = trim(current);
            stmt.pop_back();
            if (!trim(stmt).empty()) out.push_back(stmt);
            current.clear();
        }
    }
    if (!trim(current).empty()) out.push_back(trim(current));
    return out;
}

int schema_version(Database& db) {
    auto rows = db.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return rows.empty() || !rows[0][0] ? 0 : std::stoi(*rows[0][0]);
}

namespace {
std::string read_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

std::vector<std::string> migrate(Database& db, const std::string& dir) {
    auto migrations = find_migrations(dir);
    db.execute_script_statement(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INT NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL,"
        " applied_at DATETIME(6) NOT NULL DEFAULT UTC_TIMESTAMP(6)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    auto lock = db.query("SELECT GET_LOCK('minside_migrate', 60)");
    if (lock.empty() || !lock[0][0] || *lock[0][0] != "1")
        throw std::runtime_error("another migration holds the lock");
    std::vector<std::string> applied;
    try {
        const int current = schema_version(db);
        for (const auto& m : migrations) {
            if (m.version <= current) continue;
            // DDL commits implicitly in MariaDB: a migration that fails half-way is
            // reported with its name so an operator can finish it by hand.
            for (const auto& stmt : split_sql_script(read_file(m.path))) {
                try {
                    db.execute_script_statement(stmt);
                } catch (const std::exception& e) {
                    throw std::runtime_error(m.name + ": " + e.what());
                }
            }
            db.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                       {int64_t{m.version}, m.name});
            applied.push_back(m.name);
        }
    } catch (...) {
        db.query("SELECT RELEASE_LOCK('minside_migrate')");
        throw;
    }
    db.query("SELECT RELEASE_LOCK('minside_migrate')");
    return applied;
}

}  // namespace minside::db
