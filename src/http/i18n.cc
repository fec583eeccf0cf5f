#include "http/i18n.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/strings.h"

namespace minside::http {

const std::vector<std::string>& supported_languages() {
    static const std::vector<std::string> langs = {"nb", "nn", "en"};
    return langs;
}

bool is_supported_language(const std::string& lang) {
    for (auto& l : supported_languages())
        if (l == lang) return true;
    return false;
}

void Catalog::load(const std::string& dir) {
    std::map<std::string, Messages> loaded;
    for (const auto& lang : supported_languages()) {
        const std::string path = dir + "/" + lang + ".json";
        std::ifstream in(path);
        if (!in) throw std::runtime_error("cannot read message catalog " + path);
        nlohmann::json j;
        try {
            in >> j;
        } catch (const nlohmann::json::exception& e) {
            throw std::runtime_error("message catalog " + path + ": " + e.what());
        }
        if (!j.is_object()) throw std::runtime_error("message catalog " + path + ": not an object");
        Messages& m = loaded[lang];
        for (auto& [key, value] : j.items()) {
            if (!value.is_string())
                throw std::runtime_error("message catalog " + path + ": '" + key + "' is not a string");
            m[key] = value.get<std::string>();
        }
    }
    auto diff = catalog_differences(loaded);
    if (!diff.empty()) throw std::runtime_error("message catalogs differ, first: " + diff.front());
    by_language_ = std::move(loaded);
}

const Messages& Catalog::messages(const std::string& lang) const {
    auto it = by_language_.find(lang);
    if (it == by_language_.end()) throw std::out_of_range("no catalog for language " + lang);
    return it->second;
}

const std::string& Catalog::get(const std::string& lang, const std::string& key) const {
    const Messages& m = messages(lang);
    auto it = m.find(key);
    if (it == m.end()) throw std::out_of_range("no message '" + key + "'");
    return it->second;
}

std::vector<std::string> catalog_differences(const std::map<std::string, Messages>& by_language) {
    std::vector<std::string> out;
    for (const auto& [lang, msgs] : by_language)
        for (const auto& [other_lang, other] : by_language)
            for (const auto& kv : msgs)
                if (!other.count(kv.first)) out.push_back(other_lang + ":" + kv.first);
    return out;
}

namespace {
std::string normalise_tag(const std::string& tag) {
    std::string t = to_lower(trim(tag));
    auto dash = t.find('-');
    std::string primary = dash == std::string::npos ? t : t.substr(0, dash);
    if (primary == "no" || primary == "nb") return "nb";
    if (primary == "nn") return "nn";
    if (primary == "en") return "en";
    return "";
}
}  // namespace

std::string choose_language(const Request& req, const std::string& fallback) {
    if (const std::string* c = req.cookie("Language"); c && is_supported_language(*c)) return *c;
    // Accept-Language: "nn-NO,nn;q=0.9,en;q=0.5". Take the highest q that we support.
    std::string best;
    double best_q = 0.0;
    size_t pos = 0;
    const std::string& h = req.accept_language;
    while (pos < h.size()) {
        size_t end = h.find(',', pos);
        if (end == std::string::npos) end = h.size();
        std::string item = h.substr(pos, end - pos);
        pos = end + 1;
        double q = 1.0;
        auto semi = item.find(';');
        if (semi != std::string::npos) {
            auto qpos = item.find("q=", semi);
            if (qpos != std::string::npos) q = std::atof(item.c_str() + qpos + 2);
            item = item.substr(0, semi);
        }
        std::string lang = normalise_tag(item);
        if (!lang.empty() && q > best_q) {
            best = lang;
            best_q = q;
        }
    }
    return best.empty() ? fallback : best;
}

}  // namespace minside::http
