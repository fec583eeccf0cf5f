// minside-admin: the sysadmin's tool.
//   minside-admin [--config FILE] migrate | demo-data | notice-add HOURS NB NN EN | check-config
#include <cstring>
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "core/errors.h"
#include "core/log.h"

namespace {
void usage() {
    std::cerr << "usage: minside-admin [--config FILE] COMMAND\n"
                 "  migrate        apply the missing schema migrations (safe to repeat)\n"
                 "  demo-data      load the demonstration data (never in production)\n"
                 "  notice-add HOURS TEXT_NB TEXT_NN TEXT_EN\n"
                 "                 show an operational notice on the front page\n"
                 "  cleanup        remove stale login attempts and expired sessions (timer)\n"
                 "  purge          delete audit entries older than audit_retention_days (timer)\n"
                 "  check-config   validate the configuration file and secrets\n";
}
}  // namespace

int main(int argc, char** argv) {
    using namespace minside;
    log::set_program("minside-admin");
    std::string config_path = "/etc/minside/minside.conf";
    int i = 1;
    if (i + 1 < argc && !std::strcmp(argv[i], "--config")) {
        config_path = argv[i + 1];
        i += 2;
    }
    if (i >= argc) {
        usage();
        return 2;
    }
    const std::string command = argv[i++];
    std::vector<std::string> args(argv + i, argv + argc);
    try {
        Config cfg = load_config(config_path);
        if (command == "check-config") {
            std::cout << "configuration is valid\n";
            return 0;
        }
        if (command == "purge") {
            // The retention job runs under its own account, which may delete audit rows.
            db::Database purge_db({cfg.db_host, cfg.db_socket, static_cast<unsigned>(cfg.db_port), cfg.db_purge_user,
                                   cfg.db_purge_password, cfg.db_name});
            return cli::purge(purge_db, cfg);
        }
        db::Database db({cfg.db_host, cfg.db_socket, static_cast<unsigned>(cfg.db_port), cfg.db_admin_user,
                         cfg.db_admin_password, cfg.db_name});
        if (command == "migrate") return cli::migrate(db, cfg);
        if (command == "demo-data") return cli::demo_data(db, cfg);
        if (command == "notice-add") return cli::add_notice(db, args);
        if (command == "cleanup") return cli::cleanup(db);
        usage();
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "minside-admin " << command << ": " << e.what() << "\n";
        return 1;
    }
}
