#include "server/app_loader.h"

#include "auth/routes.h"
#include "http/view.h"
#include "internal/routes.h"
#include "portal/routes.h"
#include "server/test_routes.h"

namespace minside::server {

void load_app(http::App& app, const std::string& config_path) {
    Config cfg = load_config(config_path);
    validate_login_config(cfg);
    http::Catalog catalog;
    catalog.load(cfg.template_dir + "/i18n");
    http::load_templates(cfg.template_dir);

    http::Router citizen, internal;
    portal::register_routes(citizen, cfg);
    auth::register_routes(citizen);
    internal::register_routes(internal);
    if (cfg.test_endpoints) register_test_routes(citizen);

    app.config = std::move(cfg);
    app.catalog = std::move(catalog);
    app.citizen_routes = std::move(citizen);
    app.internal_routes = std::move(internal);
}

}  // namespace minside::server
