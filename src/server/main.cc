// minside-fcgi: the citizen portal's FastCGI server.
//   minside-fcgi [--config /etc/minside/minside.conf] [--check]
#include <curl/curl.h>
#include <fcgiapp.h>

#include <cstring>
#include <iostream>

#include "core/log.h"
#include "server/app_loader.h"
#include "server/listen_socket.h"
#include "server/master.h"

int main(int argc, char** argv) {
    using namespace minside;
    std::string config_path = "/etc/minside/minside.conf";
    bool check_only = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--config") && i + 1 < argc) config_path = argv[++i];
        else if (!std::strcmp(argv[i], "--check")) check_only = true;
        else {
            std::cerr << "usage: minside-fcgi [--config FILE] [--check]\n";
            return 2;
        }
    }
    log::set_program("minside-fcgi");
    http::App app;
    try {
        server::load_app(app, config_path);
    } catch (const std::exception& e) {
        log::error(std::string("cannot start: ") + e.what());
        return 1;
    }
    if (check_only) {
        std::cout << "configuration, catalogs and templates are valid\n";
        return 0;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);  // once, before fork: it is not thread- or fork-safe later
    if (FCGX_Init() != 0) {
        log::error("FCGX_Init failed");
        return 1;
    }
    server::ListenSocket sock;
    try {
        sock = server::open_listen_socket(app.config.listen, 0660);
    } catch (const std::exception& e) {
        log::error(e.what());
        return 1;
    }
    server::Master master(config_path, app, sock);
    return master.run();
}
