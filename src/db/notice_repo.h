// Operational notices (driftsmeldinger) shown on the front page.
#pragma once
#include <string>
#include <vector>

#include "db/database.h"

namespace minside::db {

struct Notice {
    std::string text_nb, text_nn, text_en;
    const std::string& text(const std::string& lang) const;
};

// Notices whose window includes now (UTC), oldest first.
std::vector<Notice> active_notices(Database& db);

void add_notice(Database& db, const Notice& n, int hours, const std::string& created_by);

}  // namespace minside::db
