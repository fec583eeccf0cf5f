#include "internal/status_page.h"

#include "config.h"
#include "db/migrations.h"
#include "db/stats_repo.h"
#include "http/view.h"

namespace minside::internal {

http::Response status_page(http::Context& ctx) {
    http::Page page(ctx, "pages/internal_status.tpl", "internal_title");
    page.body().SetValue("version", PACKAGE_VERSION);
    page.body().SetIntValue("schema_version", db::schema_version(*ctx.app.db));
    page.body().SetIntValue("workers", ctx.app.config.workers);
    for (const auto& v : db::recent_page_views(*ctx.app.db, 7)) {
        auto* row = page.body().AddSectionDictionary("PAGE_VIEWS");
        row->SetValue("day", v.day);
        row->SetValue("page", v.page);
        row->SetIntValue("views", v.views);
    }
    return page.render();
}

}  // namespace minside::internal
