// Who may use the citizen pages: a live session, not blocked, consent given. Every
// portal handler starts here; the consent page, privacy statement and logout are the
// only pages reachable without consent.
#pragma once
#include "auth/session.h"
#include "db/case_repo.h"
#include "db/person_repo.h"
#include "http/app.h"

namespace minside::portal {

struct Citizen {
    auth::Session session;
    db::Person person;
};

// Redirects to /logg-inn (no session), /sperret (blocked) or /samtykke (no consent).
Citizen require_citizen(http::Context& ctx);

// Session and not blocked; consent not needed (the consent and profile pages).
Citizen require_citizen_without_consent(http::Context& ctx);

// The case in the route's {case}, if this person has a role on it. Someone else's case
// answers exactly like a missing one (404), so ids reveal nothing.
db::CaseForPerson accessible_case(http::Context& ctx, const Citizen& c);

// "person:<id>" for the audit log.
std::string person_ref(int64_t person_id);

// The numeric route parameter `name`, or HttpError(404): ids are never guessed at.
int64_t id_param(const http::Context& ctx, const char* name);

}  // namespace minside::portal
