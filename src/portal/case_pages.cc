#include "portal/case_pages.h"

#include <cstdio>

#include "audit/audit_log.h"
#include "core/clock.h"
#include "core/errors.h"
#include "core/oslo_time.h"
#include "db/case_repo.h"
#include "db/submission_repo.h"
#include "http/view.h"
#include "portal/access.h"
#include "portal/upload/file_store.h"
#include "portal/upload/filename.h"

namespace minside::portal {
namespace {

std::string when(const std::string& utc_text, const std::string& lang) {
    return utc_text.empty() ? "" : oslo::format_datetime(oslo::parse_utc_datetime(utc_text), lang);
}

std::string message_or(const http::Context& ctx, const std::string& key, const std::string& fallback) {
    auto it = ctx.msg.find(key);
    return it == ctx.msg.end() ? fallback : it->second;
}

void audit(http::Context& ctx, const Citizen& c, const std::string& action, const std::string& object) {
    audit::record(*ctx.app.db, {person_ref(c.person.id), person_ref(c.person.id), action, object, ctx.req.remote_addr,
                                ctx.req.request_id});
}

void fill_comment_requests(http::Context& ctx, ctemplate::TemplateDictionary& d, int64_t case_id) {
    const int64_t now = clock::now();
    for (const auto& r : db::comment_requests(*ctx.app.db, case_id)) {
        auto* s = d.AddSectionDictionary("COMMENT_REQUEST");
        const int64_t deadline = oslo::parse_utc_datetime(r.deadline);
        s->SetValue("title", r.document_title);
        s->SetValue("deadline", oslo::format_deadline(deadline, ctx.lang));
        s->SetValue("href", "/saker/" + std::to_string(case_id) + "/kommentar/" + std::to_string(r.id));
        s->ShowSection(now <= deadline ? "OPEN" : "CLOSED");
    }
}

void fill_timeline(http::Context& ctx, ctemplate::TemplateDictionary& d, const db::CaseForPerson& k) {
    for (const auto& e : db::timeline(*ctx.app.db, k.id)) {
        auto* s = d.AddSectionDictionary("EVENT");
        s->SetValue("text", message_or(ctx, "timeline_" + e.kind, e.kind));
        s->SetValue("when", when(e.occurred_at, ctx.lang));
        if (k.last_opened_at.empty() || e.occurred_at > k.last_opened_at) s->ShowSection("NEW");
    }
    if (!k.next_step.empty()) d.AddSectionDictionary("NEXT")->SetValue("text", message_or(ctx, "next_" + k.next_step, k.next_step));
}

void fill_documents(http::Context& ctx, ctemplate::TemplateDictionary& d, const db::CaseForPerson& k, int64_t person_id) {
    for (const auto& doc : db::published_documents(*ctx.app.db, k.id, person_id)) {
        auto* s = d.AddSectionDictionary("DOCUMENT");
        s->SetValue("title", doc.title);
        s->SetValue("kind", message_or(ctx, "document_kind_" + doc.kind, doc.kind));
        s->SetValue("published", when(doc.published_at, ctx.lang));
        s->SetValue("size", human_size(doc.size, ctx.lang));
        s->SetValue("href", "/saker/" + std::to_string(k.id) + "/dokumenter/" + std::to_string(doc.id));
        if (doc.first_opened_at.empty()) s->ShowSection("NEW");
    }
}

void fill_submissions(http::Context& ctx, ctemplate::TemplateDictionary& d, int64_t case_id) {
    for (const auto& sub : db::submissions_for_case(*ctx.app.db, case_id)) {
        auto* s = d.AddSectionDictionary("SUBMISSION");
        s->SetValue("receipt_no", sub.receipt_no);
        s->SetValue("when", when(sub.received_at, ctx.lang));
        s->SetValue("kind", ctx.msg.at(sub.kind == "comment" ? "submission_kind_comment" : "submission_kind_upload"));
        s->SetValue("href", "/saker/" + std::to_string(case_id) + "/kvittering/" + sub.receipt_no);
    }
}

}  // namespace

std::string human_size(int64_t bytes, const std::string& lang) {
    char buf[32];
    if (bytes < 1000 * 1000) std::snprintf(buf, sizeof buf, "%lld kB", static_cast<long long>((bytes + 999) / 1000));
    else std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
    std::string s = buf;
    if (lang != "en")
        for (auto& ch : s)
            if (ch == '.') ch = ',';
    return s;
}

http::Response case_list(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    http::Page page(ctx, "pages/cases.tpl", "cases_title");
    page.body().SetValue("person_name", c.person.name);
    for (const auto& k : db::case_list(*ctx.app.db, c.person.id)) {
        auto* d = page.body().AddSectionDictionary("CASE");
        d->SetValue("case_no", k.case_no);
        d->SetValue("href", "/saker/" + std::to_string(k.id));
        d->SetValue("status_text", message_or(ctx, "case_status_" + k.status, k.status));
        d->SetValue("role_text", ctx.msg.at(k.role == "lawyer" ? "case_role_lawyer" : "case_role_party"));
        if (k.role == "lawyer") d->AddSectionDictionary("CLIENT")->SetValue("client_name", k.party_name);
    }
    return page.render();
}

http::Response case_page(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    db::CaseForPerson k = accessible_case(ctx, c);
    http::Page page(ctx, "pages/case.tpl", "case_title");
    auto& d = page.body();
    d.SetValue("case_no", k.case_no);
    d.SetValue("status_text", message_or(ctx, "case_status_" + k.status, k.status));
    if (k.role == "lawyer") d.AddSectionDictionary("CLIENT")->SetValue("client_name", k.party_name);
    d.SetValue("upload_href", "/saker/" + std::to_string(k.id) + "/send");
    fill_comment_requests(ctx, d, k.id);
    fill_timeline(ctx, d, k);
    fill_documents(ctx, d, k, c.person.id);
    fill_submissions(ctx, d, k.id);
    http::Response r = page.render();
    // Non-repudiation: the opening of the case page is recorded (time, address).
    db::Transaction tx(*ctx.app.db);
    db::record_case_view(*ctx.app.db, k.id, c.person.id);
    audit(ctx, c, "case.read", "case:" + std::to_string(k.id));
    tx.commit();
    return r;
}

http::Response download_document(http::Context& ctx) {
    Citizen c = require_citizen(ctx);
    db::CaseForPerson k = accessible_case(ctx, c);
    auto doc = db::published_document(*ctx.app.db, k.id, id_param(ctx, "doc"), c.person.id);
    if (!doc) throw HttpError(404, "no such published document on this case");
    db::Transaction tx(*ctx.app.db);
    db::record_document_view(*ctx.app.db, doc->id, c.person.id, ctx.req.remote_addr);
    audit(ctx, c, "document.read", "document:" + std::to_string(doc->id));
    tx.commit();
    http::Response r;
    r.set_header("Content-Type", doc->content_type);
    r.set_header("Content-Disposition", upload::content_disposition_attachment(doc->filename));
    // nginx serves the bytes from its internal location; the app never streams files.
    r.set_header("X-Accel-Redirect", "/_files/" + upload::FileStore::relative_path(doc->sha256));
    return r;
}

}  // namespace minside::portal
