#include "portal/routes.h"

#include "portal/case_list.h"
#include "portal/error_route.h"
#include "portal/health.h"
#include "portal/language.h"
#include "portal/public_pages.h"

namespace minside::portal {

void register_routes(http::Router& r) {
    r.add("GET", "/", front_page);
    r.add("GET", "/personvern", privacy_page);
    r.add("GET", "/tilgjengelighet", accessibility_page);
    r.add("GET", "/sprak", switch_language);
    r.add("GET", "/saker", case_list);
    r.add("GET", "/health", health);
    r.add("GET", "/feil/{status}", error_for_status);
}

}  // namespace minside::portal
