#include "portal/submission_pages.h"

#include "auth/guard.h"
#include "core/clock.h"
#include "core/errors.h"
#include "core/oslo_time.h"
#include "db/submission_repo.h"
#include "http/view.h"
#include "portal/case_pages.h"
#include "portal/submissions.h"

namespace minside::portal {
namespace {

constexpr size_t kMaxText = 20000;

db::CommentRequest accessible_request(http::Context& ctx, const db::CaseForPerson& k) {
    auto r = db::comment_request(*ctx.app.db, k.id, id_param(ctx, "request"));
    if (!r) throw HttpError(404, "no such comment request on this case");
    return *r;
}

std::string form_text(const http::Context& ctx, const char* name) {
    const std::string* v = ctx.req.form_value(name);
    return v ? v->substr(0, kMaxText) : "";
}

std::vector<const http::UploadedFile*> files_of(const http::Context& ctx) {
    std::vector<const http::UploadedFile*> out;
    for (const auto& f : ctx.req.files)
        if (f.field == "filer" && !f.data.empty()) out.push_back(&f);
    return out;
}

void fill_limits(http::Context& ctx, ctemplate::TemplateDictionary& d) {
    d.SetIntValue("max_file_mb", ctx.app.config.upload_max_file_mb);
    d.SetIntValue("max_total_mb", ctx.app.config.upload_max_submission_mb);
}

// The form again, with what the person wrote kept and the reason it was refused.
http::Response form_page(http::Context& ctx, const char* tpl, const db::CaseForPerson& k, const std::string& text,
                         const SubmissionOutcome* error, const db::CommentRequest* request) {
    http::Page page(ctx, tpl, request ? "comment_title" : "upload_title");
    auto& d = page.body();
    d.SetValue("case_no", k.case_no);
    d.SetValue("case_href", "/saker/" + std::to_string(k.id));
    d.SetValue("text", text);
    fill_limits(ctx, d);
    if (request) {
        d.SetValue("statement_title", request->document_title);
        d.SetValue("statement_href", "/saker/" + std::to_string(k.id) + "/dokumenter/" + std::to_string(request->document_id));
        d.SetValue("deadline", oslo::format_deadline(oslo::parse_utc_datetime(request->deadline), ctx.lang));
        d.SetValue("action", "/saker/" + std::to_string(k.id) + "/kommentar/" + std::to_string(request->id));
        const bool open = clock::now() <= oslo::parse_utc_datetime(request->deadline);
        d.ShowSection(open ? "OPEN" : "CLOSED");
    } else {
        d.SetValue("action", "/saker/" + std::to_string(k.id) + "/send");
    }
    if (error) {
        auto* e = d.AddSectionDictionary("ERROR");
        e->SetValue("message", ctx.msg.at(error->error_key));
        e->SetValue("detail", error->error_detail);
    }
    return page.render(error ? error->status : 200);
}

http::Response after_submit(http::Context& ctx, const db::CaseForPerson& k, const SubmissionOutcome& o) {
    if (o.receipt_no.empty()) {  // every file had been received before
        http::Page page(ctx, "pages/duplicate.tpl", "duplicate_title");
        for (const auto& d : o.duplicates) page.body().AddSectionDictionary("DUPLICATE")->SetValue("text", d);
        page.body().SetValue("case_href", "/saker/" + std::to_string(k.id));
        return page.render();
    }
    std::string target = "/saker/" + std::to_string(k.id) + "/kvittering/" + o.receipt_no + "?ny=1";
    if (!o.duplicates.empty()) target += "&tidligere=" + std::to_string(o.duplicates.size());
    throw Redirect(target);
}

}  // namespace

http::Response upload_form(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    return form_page(ctx, "pages/upload.tpl", accessible_case(ctx, c), "", nullptr, nullptr);
}

http::Response upload_post(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    db::CaseForPerson k = accessible_case(ctx, c);
    auth::require_csrf(ctx, c.session);
    SubmissionInput in{"upload", 0, form_text(ctx, "beskrivelse"), files_of(ctx)};
    if (in.files.empty()) {
        SubmissionOutcome none{"", {}, "upload_error_none", "", 400};
        return form_page(ctx, "pages/upload.tpl", k, in.text, &none, nullptr);
    }
    SubmissionOutcome o = submit(ctx, c, k, in);
    if (!o.error_key.empty()) return form_page(ctx, "pages/upload.tpl", k, in.text, &o, nullptr);
    return after_submit(ctx, k, o);
}

http::Response comment_form(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    db::CaseForPerson k = accessible_case(ctx, c);
    db::CommentRequest r = accessible_request(ctx, k);
    return form_page(ctx, "pages/comment.tpl", k, "", nullptr, &r);
}

http::Response comment_post(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    db::CaseForPerson k = accessible_case(ctx, c);
    db::CommentRequest r = accessible_request(ctx, k);
    auth::require_csrf(ctx, c.session);
    SubmissionInput in{"comment", r.id, form_text(ctx, "kommentar"), files_of(ctx)};
    if (clock::now() > oslo::parse_utc_datetime(r.deadline)) {
        SubmissionOutcome late{"", {}, "comment_error_deadline", "", 403};
        return form_page(ctx, "pages/comment.tpl", k, in.text, &late, &r);
    }
    if (in.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        SubmissionOutcome empty{"", {}, "comment_error_empty", "", 400};
        return form_page(ctx, "pages/comment.tpl", k, in.text, &empty, &r);
    }
    SubmissionOutcome o = submit(ctx, c, k, in);
    if (!o.error_key.empty()) return form_page(ctx, "pages/comment.tpl", k, in.text, &o, &r);
    return after_submit(ctx, k, o);
}

http::Response receipt_page(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    db::CaseForPerson k = accessible_case(ctx, c);
    auto it = ctx.req.params.find("receipt");
    auto s = db::submission_by_receipt(*ctx.app.db, k.id, it == ctx.req.params.end() ? "" : it->second);
    if (!s) throw HttpError(404, "no such receipt on this case");
    http::Page page(ctx, "pages/receipt.tpl", "receipt_title");
    auto& d = page.body();
    d.SetValue("receipt_no", s->receipt_no);
    d.SetValue("received", oslo::format_datetime(oslo::parse_utc_datetime(s->received_at), ctx.lang));
    d.SetValue("case_no", k.case_no);
    d.SetValue("case_href", "/saker/" + std::to_string(k.id));
    d.SetValue("kind", ctx.msg.at(s->kind == "comment" ? "submission_kind_comment" : "submission_kind_upload"));
    if (const std::string* fresh = ctx.req.query_value("ny"); fresh && *fresh == "1") d.ShowSection("JUST_SENT");
    if (const std::string* n = ctx.req.query_value("tidligere"))
        d.AddSectionDictionary("EARLIER")->SetValue("count", n->substr(0, 3));
    if (!s->description.empty()) d.AddSectionDictionary("TEXT")->SetValue("text", s->description);
    auto* files = s->files.empty() ? nullptr : d.AddSectionDictionary("FILES");
    for (const auto& f : s->files) {
        auto* fd = files->AddSectionDictionary("FILE");
        fd->SetValue("name", f.filename);
        fd->SetValue("size", human_size(f.size, ctx.lang));
        fd->SetValue("sha256", f.sha256);
    }
    return page.render();
}

}  // namespace minside::portal
