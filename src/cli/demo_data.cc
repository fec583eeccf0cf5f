#include "cli/commands.h"

#include <ctime>
#include <iostream>

#include "audit/audit_log.h"
#include "cli/demo_pdf.h"
#include "core/crypto.h"
#include "core/oslo_time.h"
#include "db/notice_repo.h"
#include "portal/upload/file_store.h"

// minside-admin demo-data: the people, cases and documents of `make run` and the tests.
namespace minside::cli {
namespace {
const char* kActor = "system:minside-admin";
}  // namespace

namespace {

struct DemoPerson {
    const char* pid;
    const char* name;
    const char* kind;
};
struct DemoCase {
    const char* case_no;
    const char* status;
    int pilot;
    std::vector<std::pair<int, const char*>> roles;  // index into kDemoPersons, role
};

// Synthetic identity numbers (not valid fødselsnumre); the login page of the local
// ID-porten lists the same people.
const DemoPerson kDemoPersons[] = {
    {"01017012345", "Kari Nordmann", "private"},
    {"02028054321", "Ola Nordmann", "private"},
    {"03039011111", "Anne Hansen (advokat)", "lawyer"},
    {"04049022222", "Per Utenfor", "private"},
    {"05059033333", "Siri Sperret", "private"},
};

const std::vector<DemoCase>& demo_cases() {
    static const std::vector<DemoCase> cases = {
        {"25/00123", "comments", 1, {{0, "party"}, {2, "lawyer"}}},
        {"24/00987", "closed", 1, {{0, "party"}}},
        {"25/00456", "expert", 1, {{1, "party"}, {2, "lawyer"}}},
        {"25/00789", "received", 0, {{3, "party"}}},
        {"25/00999", "preparing", 1, {{4, "party"}}},
    };
    return cases;
}

int64_t upsert_person(db::Database& db, const std::string& pid_key, const DemoPerson& p) {
    const std::string h = crypto::hex(crypto::hmac_sha256(pid_key, p.pid));
    db.execute("INSERT INTO person (pid_hmac, name, kind, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6)) "
               "ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind)",
               {h, std::string(p.name), std::string(p.kind)});
    return std::stoll(*db.query("SELECT id FROM person WHERE pid_hmac = ?", {h})[0][0]);
}

struct DemoDocument {
    const char* case_no;
    const char* title;
    const char* kind;
    const char* visibility;
    int days_ago;
};

const DemoDocument kDemoDocuments[] = {
    {"25/00123", "Bekreftelse på mottatt klage", "letter", "published", 60},
    {"25/00123", "Sakkyndigerklæring fra spesialist i ortopedi", "expert_statement", "published", 5},
    {"25/00123", "Utkast til vedtak", "decision", "draft", 1},
    {"25/00123", "Internt notat", "other", "internal", 2},
    {"24/00987", "Vedtak i klagesaken", "decision", "published", 200},
    {"25/00456", "Bekreftelse på mottatt klage", "letter", "published", 30},
};

int64_t case_id_of(db::Database& db, const char* case_no) {
    return std::stoll(*db.query("SELECT id FROM kase WHERE case_no = ?", {std::string(case_no)})[0][0]);
}

// Real PDF files in the file store, rows pointing to them, the timeline, one open comment
// request. Stored before the rows, as the portal itself does.
void demo_documents(db::Database& db, const Config& cfg) {
    if (!db.query("SELECT 1 FROM document LIMIT 1").empty()) return;  // loaded before: keep what the demo did
    upload::FileStore store(cfg.file_store_dir);
    for (const auto& d : kDemoDocuments) {
        const std::string pdf = make_pdf(d.title, {"Sak " + std::string(d.case_no), "Demonstrasjonsdokument for Min side.",
                                                   "Ingen opplysninger her er ekte."});
        const std::string sha = crypto::sha256_hex(pdf);
        store.put(sha, pdf);
        const int64_t case_id = case_id_of(db, d.case_no);
        auto r = db.execute(
            "INSERT INTO document (case_id, title, kind, visibility, published_at, filename, content_type, size, sha256, created_at) "
            "VALUES (?, ?, ?, ?, IF(? = 'published', UTC_TIMESTAMP(6) - INTERVAL ? DAY, NULL), ?, 'application/pdf', ?, ?, UTC_TIMESTAMP(6))",
            {case_id, std::string(d.title), std::string(d.kind), std::string(d.visibility), std::string(d.visibility),
             int64_t{d.days_ago}, std::string(d.title) + ".pdf", static_cast<int64_t>(pdf.size()), sha});
        if (std::string(d.visibility) != "published") continue;
        const char* event = std::string(d.kind) == "expert_statement" ? "expert" : std::string(d.kind) == "decision" ? "decision" : "letter";
        db.execute("INSERT INTO case_event (case_id, kind, occurred_at, document_id) VALUES (?, ?, UTC_TIMESTAMP(6) - INTERVAL ? DAY, ?)",
                   {case_id, std::string(event), int64_t{d.days_ago}, static_cast<int64_t>(r.insert_id)});
        if (std::string(d.kind) == "expert_statement") {
            // Deadline: the end of the day, Oslo time, three weeks from now.
            const time_t in3w = time(nullptr) + 21 * 86400 + 3600;
            struct tm tm;
            gmtime_r(&in3w, &tm);
            const int64_t deadline = oslo::end_of_day_utc(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
            db.execute("INSERT INTO comment_request (case_id, document_id, deadline, created_at) VALUES (?, ?, FROM_UNIXTIME(?), UTC_TIMESTAMP(6))",
                       {case_id, static_cast<int64_t>(r.insert_id), deadline});
            db.execute("INSERT INTO case_event (case_id, kind, occurred_at) VALUES (?, 'comment_deadline', UTC_TIMESTAMP(6) - INTERVAL ? DAY)",
                       {case_id, int64_t{d.days_ago}});
        }
    }
    for (const char* no : {"25/00123", "24/00987", "25/00456", "25/00999"})
        db.execute("INSERT INTO case_event (case_id, kind, occurred_at) VALUES (?, 'received', UTC_TIMESTAMP(6) - INTERVAL 400 DAY)",
                   {case_id_of(db, no)});
    db.execute("UPDATE kase SET next_step = CASE status WHEN 'comments' THEN 'decision' WHEN 'expert' THEN 'comments' "
               "WHEN 'received' THEN 'preparing' WHEN 'preparing' THEN 'expert' ELSE NULL END");
    const int64_t siri = std::stoll(*db.query("SELECT person_id FROM case_role WHERE case_id = ?", {case_id_of(db, "25/00999")})[0][0]);
    db.execute("DELETE FROM person_block WHERE person_id = ?", {siri});
    db.execute("INSERT INTO person_block (person_id, reason, blocked_by, blocked_at) VALUES (?, 'threats', 'demo-data', UTC_TIMESTAMP(6))",
               {siri});
}

int64_t upsert_case(db::Database& db, const DemoCase& c) {
    db.execute("INSERT INTO kase (case_no, status, pilot, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6)) "
               "ON DUPLICATE KEY UPDATE status = VALUES(status), pilot = VALUES(pilot)",
               {std::string(c.case_no), std::string(c.status), int64_t{c.pilot}});
    return std::stoll(*db.query("SELECT id FROM kase WHERE case_no = ?", {std::string(c.case_no)})[0][0]);
}

}  // namespace

int demo_data(db::Database& db, const Config& cfg) {
    if (cfg.pid_hmac_key.size() < 32) {
        std::cerr << "demo-data needs pid_hmac_key_file in the configuration\n";
        return 2;
    }
    db::Transaction tx(db);
    std::vector<int64_t> person_ids;
    for (const auto& p : kDemoPersons) person_ids.push_back(upsert_person(db, cfg.pid_hmac_key, p));
    for (const auto& c : demo_cases()) {
        int64_t case_id = upsert_case(db, c);
        for (auto [idx, role] : c.roles)
            db.execute("INSERT IGNORE INTO case_role (case_id, person_id, role) VALUES (?, ?, ?)",
                       {case_id, person_ids[static_cast<size_t>(idx)], std::string(role)});
    }
    demo_documents(db, cfg);
    db.execute("DELETE FROM service_notice WHERE created_by = 'demo-data'");
    db::add_notice(db,
                   {"Dette er en lokal demo av Min side. Ingen opplysninger her er ekte.",
                    "Dette er ein lokal demo av Min side. Ingen opplysningar her er ekte.",
                    "This is a local demo of Min side. No information here is real."},
                   24 * 365, "demo-data");
    audit::record(db, {kActor, "", "demo.load", "person,kase,case_role,service_notice", "", ""});
    tx.commit();
    std::cout << "demo data loaded\n";
    return 0;
}


}  // namespace minside::cli
