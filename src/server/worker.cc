#include "server/worker.h"

#include <fcgiapp.h>
#include <signal.h>
#include <sys/prctl.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "core/clock.h"
#include "core/log.h"
#include "db/database.h"
#include "http/fcgi_adapter.h"
#include "server/page_stats.h"

namespace minside::server {
namespace {

volatile sig_atomic_t stop_requested = 0;

void on_stop_signal(int) {
    stop_requested = 1;
    FCGX_ShutdownPending();  // makes libfcgi give up an interrupted accept
}

sigset_t stop_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGQUIT);
    return set;
}

void install_worker_signals() {
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocked accept() must return EINTR
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGQUIT, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);  // a client that hangs up must not kill us
    signal(SIGHUP, SIG_IGN);   // reload is the master's business
    signal(SIGCHLD, SIG_DFL);
    prctl(PR_SET_PDEATHSIG, SIGTERM);  // if the master dies, do not linger
    sigset_t all;
    sigemptyset(&all);
    sigprocmask(SIG_SETMASK, &all, nullptr);  // the master blocks these; we take them
}

db::ConnectParams connect_params(const Config& c) {
    return {c.db_host, c.db_socket, static_cast<unsigned>(c.db_port), c.db_user, c.db_password, c.db_name};
}

}  // namespace

int worker_main(http::App& app, int listen_fd, Slot& slot) {
    install_worker_signals();
    clock::set_offset_file(app.config.test_endpoints ? app.config.test_clock_file : "");
    db::Database db(connect_params(app.config));
    app.db = &db;
    const sigset_t blocked = stop_signals();
    sigprocmask(SIG_BLOCK, &blocked, nullptr);

    FCGX_Request req;
    if (FCGX_InitRequest(&req, listen_fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0) {
        log::error("worker: FCGX_InitRequest failed");
        return 1;
    }
    const uint64_t max = static_cast<uint64_t>(app.config.max_requests);
    PageStats stats;
    uint64_t served = 0;
    while (!stop_requested && (max == 0 || served < max)) {
        sigprocmask(SIG_UNBLOCK, &blocked, nullptr);
        int rc = stop_requested ? -1 : FCGX_Accept_r(&req);
        sigprocmask(SIG_BLOCK, &blocked, nullptr);
        if (rc < 0) {
            if (stop_requested) break;
            if (errno == EINTR) continue;
            log::error(std::string("worker: accept failed: ") + std::strerror(errno));
            return 1;
        }
        slot.begin(http::request_line(req));
        http::Served result = http::serve(req, app);
        FCGX_Finish_r(&req);
        if (!result.page.empty()) stats.count(result.page);
        stats.flush(db);  // after the response is on its way, and only every few seconds
        slot.end();
        ++served;
    }
    stats.flush(db, true);
    app.db = nullptr;
    return 0;
}

}  // namespace minside::server
