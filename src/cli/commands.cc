#include "cli/commands.h"

#include <unistd.h>

#include <iostream>

#include "audit/audit_log.h"
#include "core/crypto.h"
#include "db/migrations.h"
#include "db/notice_repo.h"
#include "db/session_repo.h"
#include "core/clock.h"

namespace minside::cli {
namespace {
const char* kActor = "system:minside-admin";

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (auto& x : v) s += (s.empty() ? "" : ",") + x;
    return s;
}
}  // namespace

int migrate(db::Database& db, const Config& cfg) {
    auto applied = db::migrate(db, cfg.sql_dir);
    if (applied.empty()) {
        std::cout << "schema is up to date (version " << db::schema_version(db) << ")\n";
        return 0;
    }
    for (auto& name : applied) std::cout << "applied " << name << "\n";
    audit::record(db, {kActor, "", "schema.migrate", join(applied).substr(0, 200), "", ""});
    return 0;
}

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
};

const std::vector<DemoCase>& demo_cases() {
    static const std::vector<DemoCase> cases = {
        {"25/00123", "comments", 1, {{0, "party"}, {2, "lawyer"}}},
        {"24/00987", "closed", 1, {{0, "party"}}},
        {"25/00456", "expert", 1, {{1, "party"}, {2, "lawyer"}}},
        {"25/00789", "received", 0, {{3, "party"}}},
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

int add_notice(db::Database& db, const std::vector<std::string>& args) {
    if (args.size() != 4) {
        std::cerr << "usage: minside-admin notice-add HOURS TEXT_NB TEXT_NN TEXT_EN\n";
        return 2;
    }
    int hours = std::stoi(args[0]);
    db::Transaction tx(db);
    db::add_notice(db, {args[1], args[2], args[3]}, hours, kActor);
    audit::record(db, {kActor, "", "notice.add", "service_notice", "", ""});
    tx.commit();
    return 0;
}

}  // namespace minside::cli

namespace minside::cli {

int cleanup(db::Database& db) {
    const uint64_t n = db::delete_stale_logins(db, clock::now());
    std::cout << "removed " << n << " stale login attempts and expired sessions\n";
    return 0;
}

}  // namespace minside::cli
