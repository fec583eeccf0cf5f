// minside-admin's commands, one function each. They run as the migration account.
#pragma once
#include <string>
#include <vector>

#include "core/config.h"
#include "db/database.h"

namespace minside::cli {

int migrate(db::Database& db, const Config& cfg);
int demo_data(db::Database& db, const Config& cfg);
int add_notice(db::Database& db, const std::vector<std::string>& args);
int cleanup(db::Database& db);
int purge(db::Database& db, const Config& cfg);

}  // namespace minside::cli
