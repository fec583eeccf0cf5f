#include "cli/commands.h"

#include <unistd.h>

#include <iostream>

#include "audit/audit_log.h"
#include "core/clock.h"
#include "db/audit_repo.h"
#include "db/migrations.h"
#include "db/notice_repo.h"
#include "db/session_repo.h"

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

int purge(db::Database& db, const Config& cfg) {
    const uint64_t n = db::purge_audit_older_than(db, cfg.audit_retention_days);
    std::cout << "deleted " << n << " audit entries older than " << cfg.audit_retention_days << " days\n";
    return 0;
}

int cleanup(db::Database& db) {
    const uint64_t n = db::delete_stale_logins(db, clock::now());
    std::cout << "removed " << n << " stale login attempts and expired sessions\n";
    return 0;
}

}  // namespace minside::cli
