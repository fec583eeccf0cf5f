// A worker process: accepts FastCGI requests on the shared socket until told to stop
// or max_requests is reached. Signals are blocked while a request runs, so a stop
// never interrupts one half-way (its writes, its database work, its sleep).
#pragma once
#include "http/app.h"
#include "server/scoreboard.h"

namespace minside::server {

// Runs in the child after fork; returns the process exit code.
int worker_main(http::App& app, int listen_fd, Slot& slot);

}  // namespace minside::server
