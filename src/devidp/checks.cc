#include "devidp/checks.h"

#include "core/crypto.h"
#include "core/strings.h"

namespace minside::devidp {

const char kSubstantial[] = "idporten-loa-substantial";
const char kHigh[] = "idporten-loa-high";

bool is_pid_format(const std::string& s) {
    if (s.size() != 11) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool is_absolute_http_url(const std::string& s) {
    for (const char* scheme : {"http://", "https://"}) {
        std::string p = scheme;
        if (starts_with(s, p) && s.size() > p.size() && s[p.size()] != '/') return true;
    }
    return false;
}

bool is_pkce_string(const std::string& s) {
    if (s.size() < 43 || s.size() > 128) return false;
    for (char c : s) {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                  c == '.' || c == '_' || c == '~';
        if (!ok) return false;
    }
    return true;
}

bool pkce_s256_matches(const std::string& verifier, const std::string& challenge) {
    if (!is_pkce_string(verifier)) return false;
    return crypto::equal_constant_time(crypto::base64url_encode(crypto::sha256(verifier)), challenge);
}

std::optional<std::string> normalize_acr(const std::string& acr) {
    if (acr == kSubstantial || acr == "Level3") return std::string(kSubstantial);
    if (acr == kHigh || acr == "Level4") return std::string(kHigh);
    return std::nullopt;
}

namespace {
int acr_rank(const std::string& acr) {
    if (acr == kSubstantial) return 1;
    if (acr == kHigh) return 2;
    return 0;
}
}  // namespace

bool acr_satisfies(const std::string& achieved, const std::string& requested) {
    int a = acr_rank(achieved), r = acr_rank(requested);
    return a > 0 && r > 0 && a >= r;
}

std::optional<std::string> required_acr(const std::string& acr_values) {
    auto words = split_spaces(acr_values);
    if (words.empty()) return std::string(kSubstantial);
    std::string weakest;
    for (const auto& w : words) {
        auto n = normalize_acr(w);
        if (!n) return std::nullopt;
        if (weakest.empty() || acr_rank(*n) < acr_rank(weakest)) weakest = *n;
    }
    return weakest;
}

const std::vector<Eid>& eids() {
    static const std::vector<Eid> list = {
        {"minid", "MinID", kSubstantial},
        {"bankid", "BankID", kHigh},
        {"buypass", "Buypass", kHigh},
        {"commfides", "Commfides", kHigh},
    };
    return list;
}

const Eid* find_eid(const std::string& id) {
    for (const auto& e : eids())
        if (e.id == id) return &e;
    return nullptr;
}

std::string pick_locale(const std::string& ui_locales) {
    for (const auto& w : split_spaces(ui_locales))
        if (w == "nb" || w == "nn" || w == "en" || w == "se") return w;
    return "nb";
}

std::string value_of(const std::map<std::string, std::string>& m, const std::string& key) {
    auto it = m.find(key);
    return it == m.end() ? std::string() : it->second;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    for (const auto& x : v)
        if (x == s) return true;
    return false;
}

std::vector<std::string> split_spaces(const std::string& s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

bool has_word(const std::string& space_separated, const std::string& word) {
    for (const auto& w : split_spaces(space_separated))
        if (w == word) return true;
    return false;
}

std::string append_query(const std::string& url, const std::vector<std::pair<std::string, std::string>>& params) {
    std::string out = url;
    char sep = url.find('?') == std::string::npos ? '?' : '&';
    for (const auto& [k, v] : params) {
        out += sep;
        out += url_encode(k) + "=" + url_encode(v);
        sep = '&';
    }
    return out;
}

}  // namespace minside::devidp
