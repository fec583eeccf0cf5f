#include "cli/commands.h"

#include <ctime>
#include <iostream>

#include "audit/audit_log.h"
#include "cli/demo_pdf.h"
#include "core/crypto.h"
#include "core/oslo_time.h"
#include "db/case_system_repo.h"
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
    return db::upsert_person(db, crypto::hex(crypto::hmac_sha256(pid_key, p.pid)), p.name, p.kind);
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

int64_t case_id_of(db::Database& db, const char* case_no) { return db::case_id_by_number(db, case_no); }

const char* event_for(const std::string& kind) {
    return kind == "expert_statement" ? "expert" : kind == "decision" ? "decision" : "letter";
}

// The end of the day, Oslo time, three weeks from now.
int64_t deadline_in_three_weeks() {
    const time_t in3w = time(nullptr) + 21 * 86400 + 3600;
    struct tm tm;
    gmtime_r(&in3w, &tm);
    return oslo::end_of_day_utc(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// Real PDF files in the file store, rows pointing to them, the timeline, one open comment
// request. Stored before the rows, as the portal itself does.
void demo_documents(db::Database& db, const Config& cfg) {
    if (db::any_document(db)) return;  // loaded before: keep what the demo did since
    upload::FileStore store(cfg.file_store_dir);
    for (const auto& d : kDemoDocuments) {
        const std::string pdf = make_pdf(d.title, {"Sak " + std::string(d.case_no), "Demonstrasjonsdokument for Min side.",
                                                   "Ingen opplysninger her er ekte."});
        db::NewDocument doc{case_id_of(db, d.case_no), d.title, d.kind, d.visibility, std::string(d.title) + ".pdf",
                            "application/pdf", crypto::sha256_hex(pdf), static_cast<int64_t>(pdf.size()), d.days_ago};
        store.put(doc.sha256, pdf);
        const int64_t id = db::insert_document(db, doc);
        if (std::string(d.visibility) != "published") continue;
        db::add_case_event(db, doc.case_id, event_for(d.kind), d.days_ago, id);
        if (std::string(d.kind) == "expert_statement") {
            db::add_comment_request(db, doc.case_id, id, deadline_in_three_weeks());
            db::add_case_event(db, doc.case_id, "comment_deadline", d.days_ago);
        }
    }
    for (const char* no : {"25/00123", "24/00987", "25/00456", "25/00999"}) db::add_case_event(db, case_id_of(db, no), "received", 400);
    db::derive_next_steps(db);
}

int64_t upsert_case(db::Database& db, const DemoCase& c) { return db::upsert_case(db, c.case_no, c.status, c.pilot != 0); }

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
        for (auto [idx, role] : c.roles) db::add_case_role(db, case_id, person_ids[static_cast<size_t>(idx)], role);
    }
    demo_documents(db, cfg);
    db::block_person(db, person_ids[4], "threats", "demo-data");  // Siri Sperret
    db::delete_notices_by(db, "demo-data");
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
