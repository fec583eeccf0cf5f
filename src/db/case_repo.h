// A person's view of one case: the case itself only if the person has a role on it,
// its timeline, published documents, comment requests and submissions.
// Every function takes the person: there is no way to read a case without an access check.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"

namespace minside::db {

struct CaseForPerson {
    int64_t id = 0;
    std::string case_no, status, next_step, role;
    std::string party_name;       // the complainant (shown to lawyers)
    std::string last_opened_at;   // this person's previous visit, "" if never (UTC text)
};

// nullopt when the case does not exist, is not a pilot case, or the person has no role on it.
std::optional<CaseForPerson> case_for_person(Database& db, int64_t case_id, int64_t person_id);

struct CaseListItem {
    int64_t id = 0;
    std::string case_no, status, role, party_name;
};
std::vector<CaseListItem> case_list(Database& db, int64_t person_id);

struct TimelineEvent {
    std::string kind, occurred_at;  // UTC text
    int64_t document_id = 0;
};
std::vector<TimelineEvent> timeline(Database& db, int64_t case_id);

struct DocumentInfo {
    int64_t id = 0;
    std::string title, kind, published_at, filename, content_type, sha256;
    int64_t size = 0;
    std::string first_opened_at;  // by this person; "" if never
};
std::vector<DocumentInfo> published_documents(Database& db, int64_t case_id, int64_t person_id);
// A published document of this case, or nullopt (drafts and internal ones never).
std::optional<DocumentInfo> published_document(Database& db, int64_t case_id, int64_t document_id, int64_t person_id);

// Records the first time this person opened the document (kept with the document).
void record_document_view(Database& db, int64_t document_id, int64_t person_id, const std::string& ip);
// Records a visit to the case page; returns nothing, the previous visit was read before.
void record_case_view(Database& db, int64_t case_id, int64_t person_id);

struct CommentRequest {
    int64_t id = 0;
    int64_t document_id = 0;
    std::string document_title, deadline;  // UTC text
};
std::vector<CommentRequest> comment_requests(Database& db, int64_t case_id);
std::optional<CommentRequest> comment_request(Database& db, int64_t case_id, int64_t request_id);

}  // namespace minside::db
