#include "portal/case_list.h"

#include "auth/guard.h"
#include "db/person_repo.h"
#include "http/view.h"

namespace minside::portal {

http::Response case_list(http::Context& ctx) {
    auth::Session s = auth::require_session(ctx);
    auto person = db::find_person(*ctx.app.db, s.person_id);
    http::Page page(ctx, "pages/cases.tpl", "cases_title");
    page.body().SetValue("person_name", person ? person->name : "");
    for (const auto& c : db::cases_for_person(*ctx.app.db, s.person_id)) {
        auto* d = page.body().AddSectionDictionary("CASE");
        d->SetValue("case_no", c.case_no);
        auto it = ctx.msg.find("case_status_" + c.status);
        d->SetValue("status_text", it != ctx.msg.end() ? it->second : c.status);
        d->SetValue("role_text", ctx.msg.at(c.role == "lawyer" ? "case_role_lawyer" : "case_role_party"));
    }
    return page.render();
}

}  // namespace minside::portal
