// Versioned schema migrations: sql/NNN_name.sql files applied in order, each once,
// recorded in schema_migrations. Safe to run twice and from two hosts at once (a named lock).
#pragma once
#include <string>
#include <vector>

#include "db/database.h"

namespace minside::db {

struct Migration {
    int version;
    std::string name;  // file name
    std::string path;
};

// The NNN_*.sql files in dir, sorted by version. Throws on a duplicate version.
std::vector<Migration> find_migrations(const std::string& dir);

// Statements of one migration file: split at ';' ending a line; "--" comment lines dropped.
std::vector<std::string> split_sql_script(const std::string& text);

// Applies what is missing; returns the names applied (empty when up to date).
std::vector<std::string> migrate(Database& db, const std::string& dir);

// The highest applied version, 0 when none.
int schema_version(Database& db);

}  // namespace minside::db
