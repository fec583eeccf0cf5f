// The master process (php-fpm's fpm_children/fpm_signals/fpm_process_ctl are the model):
// pre-forks workers on one socket, replaces those that die, kills those stuck past
// request_timeout, stops gracefully on SIGTERM/SIGINT, reloads on SIGHUP, and keeps
// systemd informed (READY, RELOADING, STOPPING, WATCHDOG).
#pragma once
#include <sys/types.h>

#include <map>
#include <string>

#include "http/app.h"
#include "server/listen_socket.h"
#include "server/scoreboard.h"

namespace minside::server {

class Master {
public:
    Master(std::string config_path, http::App& app, ListenSocket socket);
    int run();  // until stopped; returns the exit code

private:
    struct Child {
        int slot;
        unsigned generation;
        int64_t started_ms;
        bool stopping = false;
    };

    void spawn_workers();
    void spawn(unsigned generation);
    void reap();
    void on_exit(pid_t pid, int status);
    void kill_stuck_workers();
    void reload();
    void stop_generation(unsigned generation);
    void graceful_stop();
    void poke_stopping();

    std::string config_path_;
    http::App& app_;
    ListenSocket socket_;
    Scoreboard scoreboard_;
    std::map<pid_t, Child> children_;
    unsigned generation_ = 1;
    int64_t respawn_not_before_ms_ = 0;
    int quick_deaths_ = 0;
};

}  // namespace minside::server
