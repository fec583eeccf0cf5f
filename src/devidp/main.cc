// minside-devidp: a local stand-in for ID-porten (OpenID Connect provider) for the demo and
// the tests. NEVER used in production. One process, all state in memory, FastCGI on a unix
// socket behind nginx.
#include <fcgiapp.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <stdexcept>

#include "core/errors.h"
#include "core/log.h"
#include "devidp/pages.h"
#include "devidp/provider.h"
#include "http/query.h"

using namespace minside;
using namespace minside::devidp;

namespace {

constexpr long kMaxBody = 64 * 1024;

volatile sig_atomic_t stop_requested = 0;
volatile sig_atomic_t listen_fd_for_signal = -1;

// Wakes a blocked accept() even if the signal lands just before it is entered:
// shutdown() on a listening socket makes accept() fail at once.
void on_stop_signal(int) {
    stop_requested = 1;
    FCGX_ShutdownPending();
    if (listen_fd_for_signal >= 0) shutdown(listen_fd_for_signal, SHUT_RDWR);
}

void install_signals() {
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocked accept() must return EINTR
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    signal(SIGPIPE, SIG_IGN);  // nginx hanging up must not kill us
}

// The listening unix socket; closed and unlinked when it goes out of scope.
class UnixListener {
public:
    explicit UnixListener(const std::string& path) : path_(path) {
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        if (path.size() >= sizeof addr.sun_path) throw std::runtime_error("listen path too long: " + path);
        std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
        fd_ = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd_ < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
        unlink(path.c_str());  // a stale socket from an earlier run
        if (bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || chmod(path.c_str(), 0666) != 0 ||
            listen(fd_, 128) != 0) {
            std::string why = std::strerror(errno);
            close(fd_);
            throw std::runtime_error("cannot listen on " + path + ": " + why);
        }
    }
    ~UnixListener() {
        close(fd_);
        unlink(path_.c_str());
    }
    UnixListener(const UnixListener&) = delete;
    UnixListener& operator=(const UnixListener&) = delete;
    int fd() const { return fd_; }

private:
    std::string path_;
    int fd_ = -1;
};

// libfcgi's per-request buffers, released however the loop ends.
struct FcgiRequestGuard {
    FCGX_Request req;
    explicit FcgiRequestGuard(int fd) {
        if (FCGX_InitRequest(&req, fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0)
            throw std::runtime_error("FCGX_InitRequest failed");
    }
    ~FcgiRequestGuard() { FCGX_Free(&req, 1); }
    FcgiRequestGuard(const FcgiRequestGuard&) = delete;
    FcgiRequestGuard& operator=(const FcgiRequestGuard&) = delete;
};

std::string param(FCGX_Request& r, const char* name) {
    const char* v = FCGX_GetParam(name, r.envp);
    return v ? v : "";
}

// Reads the body; false when it is too large or shorter than announced.
bool read_body(FCGX_Request& r, std::string& body, int& status) {
    std::string cl = param(r, "CONTENT_LENGTH");
    long len = cl.empty() ? 0 : std::strtol(cl.c_str(), nullptr, 10);
    if (len < 0 || len > kMaxBody) {
        status = 413;
        return false;
    }
    body.assign(static_cast<size_t>(len), '\0');
    size_t done = 0;
    while (done < body.size()) {
        int n = FCGX_GetStr(&body[done], static_cast<int>(body.size() - done), r.in);
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    if (done != body.size()) {
        status = 400;
        return false;
    }
    return true;
}

http::Response serve(Provider& provider, FCGX_Request& r, Request& req) {
    req.method = param(r, "REQUEST_METHOD");
    req.path = param(r, "DOCUMENT_URI");
    req.query = http::parse_urlencoded(param(r, "QUERY_STRING"));
    req.cookie_header = param(r, "HTTP_COOKIE");
    req.authorization = param(r, "HTTP_AUTHORIZATION");
    if (req.method == "POST") {
        std::string body;
        int status = 0;
        if (!read_body(r, body, status))
            return oauth_error(status, "invalid_request", status == 413 ? "body too large" : "body incomplete");
        req.form = http::parse_urlencoded(body);
    }
    try {
        return provider.handle(req);
    } catch (const std::exception& e) {
        log::error("request failed: " + std::string(e.what()));
        return oauth_error(500, "server_error", "");
    }
}

int run(Provider& provider, const std::string& listen_path) {
    UnixListener listener(listen_path);
    if (FCGX_Init() != 0) throw std::runtime_error("FCGX_Init failed");
    FcgiRequestGuard guard(listener.fd());
    listen_fd_for_signal = listener.fd();
    install_signals();
    log::info("listening on " + listen_path + " as " + provider.config().issuer);
    while (!stop_requested) {
        if (FCGX_Accept_r(&guard.req) < 0) {
            if (stop_requested) break;
            if (errno == EINTR) continue;
            log::error(std::string("accept failed: ") + std::strerror(errno));
            return 1;
        }
        Request req;
        http::Response resp = serve(provider, guard.req, req);
        std::string out = http::serialize(resp);
        FCGX_PutStr(out.data(), static_cast<int>(out.size()), guard.req.out);
        FCGX_Finish_r(&guard.req);
        // Method, path and status only: queries and bodies carry codes and tokens.
        log::info(req.method + " " + req.path + " " + std::to_string(resp.status));
    }
    listen_fd_for_signal = -1;
    log::info("stopped");
    return 0;
}

int usage() {
    std::cerr << "usage: minside-devidp --config FILE\n"
                 "A local stand-in for ID-porten for the demo and the tests. Never use it in production.\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    log::set_program("minside-devidp");
    std::string config_path;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--config" && i + 1 < argc) config_path = argv[++i];
        else if (a.rfind("--config=", 0) == 0) config_path = a.substr(9);
        else return usage();
    }
    if (config_path.empty()) return usage();
    try {
        DevidpConfig cfg = load_devidp_config(config_path);
        init_templates(cfg.template_dir);
        Provider provider(cfg);
        return run(provider, cfg.listen);
    } catch (const ConfigError& e) {
        std::cerr << "minside-devidp: configuration: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "minside-devidp: " << e.what() << "\n";
        return 1;
    }
}
