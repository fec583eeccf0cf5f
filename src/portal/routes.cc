#include "portal/routes.h"

#include "portal/case_pages.h"
#include "portal/consent_pages.h"
#include "portal/submission_pages.h"
#include "portal/submissions.h"
#include "portal/error_route.h"
#include "portal/innsyn_page.h"
#include "portal/health.h"
#include "portal/language.h"
#include "portal/public_pages.h"

namespace minside::portal {

void register_routes(http::Router& r, const Config& cfg) {
    r.add("GET", "/", front_page);
    r.add("GET", "/personvern", privacy_page);
    r.add("GET", "/tilgjengelighet", accessibility_page);
    r.add("GET", "/sprak", switch_language);
    r.add("GET", "/samtykke", consent_page);
    r.add("POST", "/samtykke", give_consent);
    r.add("GET", "/profil", profile_page);
    r.add("POST", "/profil/samtykke", withdraw_consent);
    r.add("POST", "/profil/epost", update_email);
    r.add("GET", "/profil/innsyn", innsyn_page);
    r.add("GET", "/sperret", blocked_page);
    r.add("GET", "/saker", case_list);
    r.add("GET", "/saker/{case}", case_page);
    r.add("GET", "/saker/{case}/dokumenter/{doc}", download_document);
    r.add("GET", "/saker/{case}/send", upload_form);
    r.add("POST", "/saker/{case}/send", upload_post, submission_body_limit(cfg));
    r.add("GET", "/saker/{case}/kommentar/{request}", comment_form);
    r.add("POST", "/saker/{case}/kommentar/{request}", comment_post, submission_body_limit(cfg));
    r.add("GET", "/saker/{case}/kvittering/{receipt}", receipt_page);
    r.add("GET", "/health", health);
    r.add("GET", "/feil/{status}", error_for_status);
}

}  // namespace minside::portal
