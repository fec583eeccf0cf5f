// Persons and their roles on cases (tables person, kase, case_role).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"

namespace minside::db {

struct Person {
    int64_t id = 0;
    std::string name, kind, email;
};

std::optional<Person> find_person_by_pid_hmac(Database& db, const std::string& pid_hmac);
std::optional<Person> find_person(Database& db, int64_t id);
// The person with what decides their access: an active block and the latest consent,
// in one round trip (every citizen page asks).
struct PersonAccess {
    Person person;
    bool blocked = false;
    bool consent_given = false;
};
std::optional<PersonAccess> person_access(Database& db, int64_t person_id);

void update_email(Database& db, int64_t person_id, const std::string& email);

// True when the person is party or lawyer on at least one pilot case.
bool has_pilot_case(Database& db, int64_t person_id);

struct CaseSummary {
    int64_t id = 0;
    std::string case_no, status, role;
};
// Cases where the person is party or lawyer, newest first.
std::vector<CaseSummary> cases_for_person(Database& db, int64_t person_id);

}  // namespace minside::db
