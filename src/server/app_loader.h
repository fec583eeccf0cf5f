// Builds the shared, read-only part of the application in the master, before fork:
// configuration, message catalogs, parsed templates and the route tables.
#pragma once
#include <string>

#include "http/app.h"

namespace minside::server {

// Throws ConfigError / std::runtime_error naming what is wrong; `app` is left untouched then.
void load_app(http::App& app, const std::string& config_path);

}  // namespace minside::server
