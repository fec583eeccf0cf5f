// Small pure checks shared by the endpoints: formats, PKCE, levels of assurance, URLs.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace minside::devidp {

bool is_pid_format(const std::string& s);             // exactly 11 ASCII digits
bool is_absolute_http_url(const std::string& s);      // "http://x..." or "https://x..."

// RFC 7636 §4.1: 43–128 characters from [A-Za-z0-9-._~]. The challenge has the same shape.
bool is_pkce_string(const std::string& s);
// base64url(SHA-256(verifier)) == challenge, verifier well-formed (S256 is the only method).
bool pkce_s256_matches(const std::string& verifier, const std::string& challenge);

// Levels of assurance. ID-porten's names, with the old Level3/Level4 mapped to them;
// nullopt for anything else.
std::optional<std::string> normalize_acr(const std::string& acr);
// True when an authentication at `achieved` satisfies a request for `requested`
// (substantial < high). Unknown values never satisfy and are never satisfied.
bool acr_satisfies(const std::string& achieved, const std::string& requested);
// The weakest level among space-separated acr_values (each must be known); empty input
// means idporten-loa-substantial. nullopt when a value is unknown.
std::optional<std::string> required_acr(const std::string& acr_values);

// The electronic IDs the login page offers; amr is ["<label>"].
struct Eid {
    std::string id;     // form value: minid, bankid, buypass, commfides
    std::string label;  // MinID, BankID, ...
    std::string acr;
};
const std::vector<Eid>& eids();
const Eid* find_eid(const std::string& id);  // null when unknown

// The first of nb, nn, en, se among space-separated ui_locales; "nb" when none is.
std::string pick_locale(const std::string& ui_locales);

// Small lookups the endpoints share.
std::string value_of(const std::map<std::string, std::string>& m, const std::string& key);  // "" if absent
bool contains(const std::vector<std::string>& v, const std::string& s);

std::vector<std::string> split_spaces(const std::string& s);
bool has_word(const std::string& space_separated, const std::string& word);

// `url` plus "?k=v&..." (or "&..." when it already has a query), every value URL-encoded.
std::string append_query(const std::string& url, const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace minside::devidp
