// Message catalogs (tmpl/i18n/<lang>.json) and the choice of language for a request.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "http/request.h"

namespace minside::http {

using Messages = std::map<std::string, std::string>;

const std::vector<std::string>& supported_languages();  // nb, nn, en
bool is_supported_language(const std::string& lang);

class Catalog {
public:
    // Loads every supported language from `dir`. Throws std::runtime_error on a missing
    // file, bad JSON, a non-string value, or a key that one language has and another lacks.
    void load(const std::string& dir);
    const Messages& messages(const std::string& lang) const;
    const std::string& get(const std::string& lang, const std::string& key) const;

private:
    std::map<std::string, Messages> by_language_;
};

// Keys present in one language but not another, as "lang:key" strings.
std::vector<std::string> catalog_differences(const std::map<std::string, Messages>& by_language);

// The Language cookie if valid, else the best supported match in Accept-Language,
// else the configured default. "no" and "nb-NO" count as nb, "nn-NO" as nn.
std::string choose_language(const Request& req, const std::string& fallback);

}  // namespace minside::http
