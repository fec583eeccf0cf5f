#include "portal/public_pages.h"

#include "auth/guard.h"
#include "http/view.h"
#include "portal/notices.h"

namespace minside::portal {

http::Response front_page(http::Context& ctx) {
    // The front page's purpose is logging in, which needs the database: when it is
    // down the person gets the 503 page ("try again shortly") rather than a dead button.
    const auto& notices = current_notices(ctx.app);
    auth::notice_session(ctx);
    http::Page page(ctx, "pages/front.tpl", "front_title");
    for (const auto& n : notices) page.body().AddSectionDictionary("NOTICE")->SetValue("text", n.text(ctx.lang));
    page.body().ShowSection(ctx.csrf_token.empty() ? "ANONYMOUS" : "SIGNED_IN");
    return page.render();
}

http::Response privacy_page(http::Context& ctx) {
    auth::notice_session(ctx);
    http::Page page(ctx, "content/{lang}/privacy.tpl", "privacy_title");
    return page.render();
}

http::Response accessibility_page(http::Context& ctx) {
    auth::notice_session(ctx);
    http::Page page(ctx, "content/{lang}/accessibility.tpl", "accessibility_title");
    return page.render();
}

}  // namespace minside::portal
