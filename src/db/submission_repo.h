// What people send (tables submission, submission_file).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"

namespace minside::db {

struct SubmittedFile {
    std::string filename, content_type, sha256;
    int64_t size = 0;
};

struct Submission {
    int64_t id = 0, case_id = 0, person_id = 0, comment_request_id = 0;
    std::string kind;          // upload | comment
    std::string receipt_no, description, received_at, ip;  // received_at: UTC text
    std::vector<SubmittedFile> files;
};

// When a file with these bytes was received on this case before (UTC text), if ever.
std::optional<std::string> already_received(Database& db, int64_t case_id, const std::string& sha256);

// Inserts the submission and its files; call inside a transaction after the files are stored.
int64_t insert_submission(Database& db, const Submission& s);

std::optional<Submission> submission_by_receipt(Database& db, int64_t case_id, const std::string& receipt_no);
std::vector<Submission> submissions_for_case(Database& db, int64_t case_id);

// Files and bytes this person has sent since the given instant (the daily quota).
std::pair<int64_t, int64_t> sent_since(Database& db, int64_t person_id, int64_t since_epoch);

}  // namespace minside::db
