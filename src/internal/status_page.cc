#include "internal/status_page.h"

#include "config.h"
#include "db/migrations.h"
#include "http/view.h"

namespace minside::internal {

http::Response status_page(http::Context& ctx) {
    http::Page page(ctx, "pages/internal_status.tpl", "internal_title");
    page.body().SetValue("version", PACKAGE_VERSION);
    page.body().SetIntValue("schema_version", db::schema_version(*ctx.app.db));
    page.body().SetIntValue("workers", ctx.app.config.workers);
    return page.render();
}

}  // namespace minside::internal
