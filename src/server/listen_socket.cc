#include "server/listen_socket.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace minside::server {

ListenSocket open_listen_socket(const std::string& path, unsigned mode) {
    ListenSocket s;
    int n = sd_listen_fds(1);  // 1: unset LISTEN_* so workers' children never see them
    if (n > 1) throw std::runtime_error("socket activation passed more than one socket");
    if (n == 1) {
        s.fd = SD_LISTEN_FDS_START;
        s.activated = true;
        return s;
    }
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (path.size() >= sizeof addr.sun_path) throw std::runtime_error("listen path too long: " + path);
    std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
    unlink(path.c_str());  // a stale socket from an earlier run
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || chmod(path.c_str(), mode) != 0 ||
        listen(fd, 511) != 0) {
        std::string why = std::strerror(errno);
        close(fd);
        throw std::runtime_error("cannot listen on " + path + ": " + why);
    }
    s.fd = fd;
    s.path = path;
    return s;
}

void close_listen_socket(ListenSocket& s) {
    if (s.fd < 0) return;
    close(s.fd);
    if (!s.activated && !s.path.empty()) unlink(s.path.c_str());
    s.fd = -1;
}

}  // namespace minside::server
