#include "portal/submissions.h"

#include <ctime>

#include "audit/audit_log.h"
#include "core/crypto.h"
#include "core/oslo_time.h"
#include "db/submission_repo.h"
#include "portal/upload/file_store.h"
#include "portal/upload/file_type.h"
#include "portal/upload/filename.h"

namespace minside::portal {
namespace {

constexpr int64_t kMB = 1000 * 1000;

struct CheckedFile {
    db::SubmittedFile meta;
    std::string_view data;
};

std::vector<upload::FileType> allowed_types(const Config& cfg) {
    std::vector<upload::FileType> out;
    size_t pos = 0;
    while (pos <= cfg.upload_types.size()) {
        size_t end = cfg.upload_types.find(',', pos);
        if (end == std::string::npos) end = cfg.upload_types.size();
        if (auto t = upload::parse_file_type(cfg.upload_types.substr(pos, end - pos))) out.push_back(*t);
        pos = end + 1;
    }
    return out;
}

SubmissionOutcome refuse(const char* key, const std::string& detail, int status) {
    SubmissionOutcome o;
    o.error_key = key;
    o.error_detail = detail;
    o.status = status;
    return o;
}

// Size, type by content, a safe name, the digest. Refuses the whole submission on the first bad file.
std::optional<SubmissionOutcome> check_files(const Config& cfg, const SubmissionInput& in, std::vector<CheckedFile>& out) {
    const auto allowed = allowed_types(cfg);
    for (const http::UploadedFile* f : in.files) {
        const std::string shown = upload::sanitize_filename(f->filename, "bin");
        if (static_cast<int64_t>(f->data.size()) > int64_t{cfg.upload_max_file_mb} * kMB)
            return refuse("upload_error_too_large", shown, 413);
        auto type = upload::sniff(f->data, allowed);
        if (!type) return refuse("upload_error_type", shown, 400);
        db::SubmittedFile meta{upload::sanitize_filename(f->filename, upload::extension(*type)), upload::mime_type(*type),
                               crypto::sha256_hex(f->data), static_cast<int64_t>(f->data.size())};
        out.push_back({meta, f->data});
    }
    return std::nullopt;
}

std::optional<SubmissionOutcome> check_quota(http::Context& ctx, const Citizen& c, const std::vector<CheckedFile>& files) {
    // "Today" is the Norwegian day: the quota starts again at midnight in Oslo.
    const int64_t now = std::time(nullptr);
    const int64_t oslo_now = now + oslo::utc_offset(now);
    const int64_t midnight_oslo = oslo_now - oslo_now % 86400 - oslo::utc_offset(now);
    auto [count, bytes] = db::sent_since(*ctx.app.db, c.person.id, midnight_oslo);
    int64_t new_bytes = 0;
    for (const auto& f : files) new_bytes += f.meta.size;
    if (count + static_cast<int64_t>(files.size()) > ctx.app.config.upload_daily_files ||
        bytes + new_bytes > int64_t{ctx.app.config.upload_daily_mb} * kMB)
        return refuse("upload_error_quota", "", 429);
    return std::nullopt;
}

}  // namespace

std::string new_receipt_no() {
    static const char* alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";  // no 0/O, 1/I
    const std::string raw = crypto::random_bytes(6);
    std::string tail;
    for (unsigned char b : raw) tail.push_back(alphabet[b % 32]);
    char date[16];
    const time_t now = time(nullptr);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(date, sizeof date, "%y%m%d", &tm);
    return std::string("MS-") + date + "-" + tail;
}

long submission_body_limit(const Config& cfg) {
    return static_cast<long>(cfg.upload_max_submission_mb) * kMB + (1 << 20);
}

SubmissionOutcome submit(http::Context& ctx, const Citizen& c, const db::CaseForPerson& k, const SubmissionInput& in) {
    std::vector<CheckedFile> files;
    if (auto refused = check_files(ctx.app.config, in, files)) return *refused;
    if (auto refused = check_quota(ctx, c, files)) return *refused;

    SubmissionOutcome outcome;
    db::Submission s;
    s.case_id = k.id;
    s.person_id = c.person.id;
    s.kind = in.kind;
    s.comment_request_id = in.comment_request_id;
    s.description = in.text;
    s.ip = ctx.req.remote_addr;
    upload::FileStore store(ctx.app.config.file_store_dir);
    for (const auto& f : files) {
        if (auto when = db::already_received(*ctx.app.db, k.id, f.meta.sha256)) {
            outcome.duplicates.push_back(f.meta.filename + " (" + oslo::format_datetime(oslo::parse_utc_datetime(*when), ctx.lang) + ")");
            continue;
        }
        bool twice = false;  // the same file twice in one submission is kept once
        for (const auto& kept : s.files) twice = twice || kept.sha256 == f.meta.sha256;
        if (twice) continue;
        store.put(f.meta.sha256, f.data);  // on disk, synced, before the row that points to it
        s.files.push_back(f.meta);
    }
    if (s.files.empty() && in.kind == "upload") return outcome;  // only duplicates: nothing to store

    s.receipt_no = new_receipt_no();
    db::Transaction tx(*ctx.app.db);
    const int64_t id = db::insert_submission(*ctx.app.db, s);
    audit::record(*ctx.app.db, {person_ref(c.person.id), person_ref(c.person.id), "submission." + in.kind,
                                "submission:" + std::to_string(id), ctx.req.remote_addr, ctx.req.request_id});
    tx.commit();
    outcome.receipt_no = s.receipt_no;
    return outcome;
}

}  // namespace minside::portal
