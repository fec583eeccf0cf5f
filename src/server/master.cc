#include "server/master.h"

#include <signal.h>
#include <sys/wait.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <cstring>

#include "core/log.h"
#include "server/app_loader.h"
#include "server/worker.h"

namespace minside::server {
namespace {

constexpr size_t kSlots = 2 * 256 + 8;   // two generations of the largest worker count
constexpr int64_t kTickMs = 200;
constexpr int64_t kQuickDeathMs = 1000;   // a worker dying this soon is crash-looping

sigset_t master_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGTERM, SIGINT, SIGQUIT, SIGHUP, SIGCHLD}) sigaddset(&set, s);
    return set;
}

std::string describe_exit(int status) {
    if (WIFEXITED(status)) return "exited with code " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
        std::string s = "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
                        strsignal(WTERMSIG(status)) + ")";
        if (WCOREDUMP(status)) s += ", core dumped";
        return s;
    }
    return "ended with status " + std::to_string(status);
}

}  // namespace

Master::Master(std::string config_path, http::App& app, ListenSocket socket)
    : config_path_(std::move(config_path)), app_(app), socket_(socket), scoreboard_(kSlots) {}

void Master::spawn(unsigned generation) {
    int slot = scoreboard_.acquire(-1);
    if (slot < 0) {
        log::error("no free scoreboard slot; not starting a worker");
        return;
    }
    pid_t pid = fork();
    if (pid < 0) {
        log::error(std::string("fork failed: ") + std::strerror(errno));
        scoreboard_.release(slot);
        return;
    }
    if (pid == 0) {
        scoreboard_[slot].pid = getpid();
        _exit(worker_main(app_, socket_.fd, scoreboard_[slot]));
    }
    scoreboard_[slot].pid = pid;
    children_[pid] = Child{slot, generation, monotonic_ms()};
}

void Master::spawn_workers() {
    int current = 0;
    for (auto& [pid, c] : children_)
        if (c.generation == generation_ && !c.stopping) ++current;
    if (current < app_.config.workers && monotonic_ms() < respawn_not_before_ms_) return;
    for (; current < app_.config.workers; ++current) spawn(generation_);
}

void Master::on_exit(pid_t pid, int status) {
    auto it = children_.find(pid);
    if (it == children_.end()) return;
    Child c = it->second;
    children_.erase(it);
    const uint64_t served = scoreboard_[c.slot].served;
    scoreboard_.release(c.slot);
    if (c.stopping || c.generation != generation_) return;
    const bool recycled = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (recycled) {
        log::info("worker " + std::to_string(pid) + " recycled after " + std::to_string(served) + " requests");
        return;
    }
    log::warning("worker " + std::to_string(pid) + " " + describe_exit(status) + " after " +
                 std::to_string(served) + " requests; starting a new one");
    // Back off when workers die as soon as they start (a bad config, a dead dependency).
    if (monotonic_ms() - c.started_ms < kQuickDeathMs) {
        quick_deaths_ = std::min(quick_deaths_ + 1, 6);
        respawn_not_before_ms_ = monotonic_ms() + (int64_t{100} << quick_deaths_);
    } else {
        quick_deaths_ = 0;
    }
}

void Master::reap() {
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) on_exit(pid, status);
}

void Master::kill_stuck_workers() {
    const int64_t now = monotonic_ms();
    const int64_t limit = int64_t{app_.config.request_timeout} * 1000;
    for (auto& [pid, c] : children_) {
        Slot& s = scoreboard_[c.slot];
        int64_t started = s.started_ms.load(std::memory_order_acquire);
        if (started == 0 || now - started <= limit) continue;
        log::error("worker " + std::to_string(pid) + " stuck for " + std::to_string((now - started) / 1000) +
                   " s in request \"" + std::string(s.request) + "\"; killing it");
        kill(pid, SIGKILL);
        s.started_ms = 0;
    }
}

void Master::stop_generation(unsigned generation) {
    for (auto& [pid, c] : children_) {
        if (c.generation != generation || c.stopping) continue;
        c.stopping = true;
        kill(pid, SIGTERM);
    }
}

void Master::poke_stopping() {
    // A worker can get its SIGTERM just before entering accept(); another one wakes it.
    // During a request its signals are blocked, so this never cuts a request short.
    for (auto& [pid, c] : children_)
        if (c.stopping) kill(pid, SIGTERM);
}

void Master::reload() {
    sd_notify(0, "RELOADING=1");
    const std::string old_listen = app_.config.listen;
    try {
        load_app(app_, config_path_);
    } catch (const std::exception& e) {
        log::error(std::string("reload refused, keeping the running configuration: ") + e.what());
        sd_notify(0, "READY=1");
        return;
    }
    if (app_.config.listen != old_listen)
        log::warning("a changed 'listen' takes effect at the next restart, not on reload");
    // New workers start accepting first; the old ones finish what they have and exit.
    const unsigned old = generation_++;
    spawn_workers();
    stop_generation(old);
    log::info("reloaded configuration and templates");
    sd_notify(0, "READY=1");
}

void Master::graceful_stop() {
    sd_notify(0, "STOPPING=1");
    log::info("stopping: letting " + std::to_string(children_.size()) + " workers finish their requests");
    for (auto& [pid, c] : children_) {
        c.stopping = true;
        kill(pid, SIGTERM);
    }
    const int64_t deadline = monotonic_ms() + int64_t{app_.config.graceful_timeout} * 1000;
    const sigset_t set = master_signals();
    while (!children_.empty() && monotonic_ms() < deadline) {
        timespec ts{0, kTickMs * 1000000};
        sigtimedwait(&set, nullptr, &ts);
        reap();
        poke_stopping();
    }
    for (auto& [pid, c] : children_) {
        log::warning("worker " + std::to_string(pid) + " did not finish in time; killing it");
        kill(pid, SIGKILL);
    }
    while (!children_.empty()) {
        int status;
        pid_t pid = waitpid(-1, &status, 0);
        if (pid < 0) break;
        children_.erase(pid);
    }
    close_listen_socket(socket_);
}

int Master::run() {
    const sigset_t set = master_signals();
    sigprocmask(SIG_BLOCK, &set, nullptr);
    signal(SIGPIPE, SIG_IGN);
    spawn_workers();
    sd_notifyf(0, "READY=1\nMAINPID=%d", static_cast<int>(getpid()));
    log::info("started " + std::to_string(app_.config.workers) + " workers");

    uint64_t watchdog_usec = 0;
    const bool watchdog = sd_watchdog_enabled(0, &watchdog_usec) > 0;
    int64_t next_watchdog = 0;
    for (;;) {
        timespec ts{0, kTickMs * 1000000};
        siginfo_t info;
        int sig = sigtimedwait(&set, &info, &ts);
        if (sig == SIGTERM || sig == SIGINT || sig == SIGQUIT) {
            graceful_stop();
            return 0;
        }
        if (sig == SIGHUP) reload();
        reap();
        poke_stopping();
        kill_stuck_workers();
        spawn_workers();
        if (watchdog && monotonic_ms() >= next_watchdog) {
            sd_notify(0, "WATCHDOG=1");
            next_watchdog = monotonic_ms() + static_cast<int64_t>(watchdog_usec / 2000);
        }
    }
}

}  // namespace minside::server
