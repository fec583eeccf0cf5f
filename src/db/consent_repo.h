// Consent to use Min side (table consent): a history, the newest row is the state.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "db/database.h"

namespace minside::db {

struct ConsentState {
    bool given = false;
    std::string text_version;
    std::string at;  // UTC "YYYY-MM-DD HH:MM:SS"
};

std::optional<ConsentState> current_consent(Database& db, int64_t person_id);
void record_consent(Database& db, int64_t person_id, bool given, const std::string& text_version, const std::string& ip);

// The reason category of an active block, if the person is blocked.
std::optional<std::string> active_block(Database& db, int64_t person_id);

}  // namespace minside::db
