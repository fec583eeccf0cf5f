// What happens to everything a person sends (uploads and comments): limits, file types by
// content, duplicates, the daily quota, crash-safe storage before the database commit,
// the receipt number and the audit entry. The pages in submission_pages.cc call this.
#pragma once
#include <string>
#include <vector>

#include "db/case_repo.h"
#include "http/app.h"
#include "portal/access.h"

namespace minside::portal {

struct SubmissionInput {
    std::string kind;              // upload | comment
    int64_t comment_request_id = 0;
    std::string text;              // description or comment
    std::vector<const http::UploadedFile*> files;
};

struct SubmissionOutcome {
    std::string receipt_no;                    // empty when nothing new was stored
    std::vector<std::string> duplicates;       // "name (received 04.12.2026 14:05)"
    std::string error_key;                     // catalog key of a refusal, "" if fine
    std::string error_detail;                  // e.g. the file name refused
    int status = 200;
};

SubmissionOutcome submit(http::Context& ctx, const Citizen& c, const db::CaseForPerson& k, const SubmissionInput& in);

// "MS-261204-K7QX2P": date and six random letters/digits without look-alikes.
std::string new_receipt_no();

// The largest body a submission route accepts: all files at their limit plus form overhead.
long submission_body_limit(const Config& cfg);

}  // namespace minside::portal
