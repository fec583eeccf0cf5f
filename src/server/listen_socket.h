// The one listening socket all workers accept on: from systemd socket activation when
// LISTEN_FDS is set, otherwise a unix socket we bind ourselves.
#pragma once
#include <string>

namespace minside::server {

struct ListenSocket {
    int fd = -1;
    bool activated = false;  // from systemd: not ours to unlink
    std::string path;
};

// Throws std::runtime_error with the reason (path, errno text).
ListenSocket open_listen_socket(const std::string& path, unsigned mode);
void close_listen_socket(ListenSocket& s);

}  // namespace minside::server
