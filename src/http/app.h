// Everything a worker's handlers share: configuration, catalogs, the database, routes.
#pragma once
#include "core/config.h"
#include "http/i18n.h"
#include "http/request.h"
#include "http/router.h"

namespace minside::db {
class Database;
}

namespace minside::http {

struct App {
    Config config;
    Catalog catalog;
    db::Database* db = nullptr;   // owned by the worker, opened after fork
    Router citizen_routes;
    Router internal_routes;
};

// One request in flight: what a handler gets.
struct Context {
    const Request& req;
    App& app;
    std::string lang;
    const Messages& msg;
    // Set once a handler has found the person's session: the layout then shows the
    // logout button, whose form needs the session's CSRF token.
    std::string csrf_token;
};

}  // namespace minside::http
