#include "cli/commands.h"

#include <unistd.h>

#include <iostream>

#include "audit/audit_log.h"
#include "db/migrations.h"
#include "db/notice_repo.h"

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

int demo_data(db::Database& db) {
    db::Transaction tx(db);
    db.execute("DELETE FROM service_notice WHERE created_by = 'demo-data'");
    db::add_notice(db,
                   {"Dette er en lokal demo av Min side. Ingen opplysninger her er ekte.",
                    "Dette er ein lokal demo av Min side. Ingen opplysningar her er ekte.",
                    "This is a local demo of Min side. No information here is real."},
                   24 * 365, "demo-data");
    audit::record(db, {kActor, "", "demo.load", "service_notice", "", ""});
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
