#include <cppunit/extensions/HelperMacros.h>
#include <dirent.h>
#include <sys/stat.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "http/i18n.h"

using namespace minside::http;

namespace {
// Variables filled by handlers rather than the catalog.
const std::set<std::string> kDynamic = {"lang", "page_title", "href", "code", "name", "text",
                                        "error_title", "error_text", "status", "version",
                                        "schema_version", "workers", "csrf", "person_name",
                                        "case_no", "status_text", "role_text", "channel_text",
                                        "consent_since", "consent_version", "language_name", "email",
                                        "client_name", "title", "deadline", "kind", "published", "size",
                                        "when", "receipt_no", "upload_href", "case_href", "message", "detail",
                                        "max_file_mb", "max_total_mb", "action", "statement_title",
                                        "statement_href", "count", "sha256", "received", "end_session_url", "day", "page",
                                        "views", "who", "what", "ip"};

void templates_under(const std::string& dir, std::vector<std::string>& out) {
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        std::string n = e->d_name;
        if (n == "." || n == "..") continue;
        std::string p = dir + "/" + n;
        struct stat st;
        stat(p.c_str(), &st);
        if (S_ISDIR(st.st_mode) && n == "devidp") continue;  // the local ID-porten has its own texts
        if (S_ISDIR(st.st_mode)) templates_under(p, out);
        else if (n.size() > 4 && n.substr(n.size() - 4) == ".tpl") out.push_back(p);
    }
    closedir(d);
}
}  // namespace

class CatalogTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CatalogTest);
    CPPUNIT_TEST(real_catalogs_load_with_same_keys);
    CPPUNIT_TEST(every_template_variable_has_a_message);
    CPPUNIT_TEST(differences_are_reported);
    CPPUNIT_TEST(no_message_is_empty);
    CPPUNIT_TEST_SUITE_END();

public:
    void real_catalogs_load_with_same_keys() {
        Catalog c;
        c.load(SOURCE_DIR "/tmpl/i18n");  // throws on any key missing in one language
        CPPUNIT_ASSERT(c.messages("nb").size() > 20);
        CPPUNIT_ASSERT_EQUAL(c.messages("nb").size(), c.messages("nn").size());
        CPPUNIT_ASSERT_EQUAL(c.messages("nb").size(), c.messages("en").size());
    }
    void every_template_variable_has_a_message() {
        Catalog c;
        c.load(SOURCE_DIR "/tmpl/i18n");
        std::vector<std::string> files;
        templates_under(SOURCE_DIR "/tmpl", files);
        CPPUNIT_ASSERT(files.size() >= 5);
        std::regex var(R"(\{\{([a-z_0-9]+)(:[^}]*)?\}\})");
        for (const auto& f : files) {
            std::ifstream in(f);
            std::stringstream ss;
            ss << in.rdbuf();
            std::string text = ss.str();
            for (std::sregex_iterator it(text.begin(), text.end(), var), end; it != end; ++it) {
                std::string name = (*it)[1];
                CPPUNIT_ASSERT_MESSAGE(f + ": {{" + name + "}} has no message",
                                       kDynamic.count(name) || c.messages("nb").count(name));
            }
        }
    }
    void differences_are_reported() {
        std::map<std::string, Messages> m = {{"nb", {{"a", "x"}, {"b", "y"}}}, {"en", {{"a", "x"}}}};
        auto d = catalog_differences(m);
        CPPUNIT_ASSERT_EQUAL(size_t(1), d.size());
        CPPUNIT_ASSERT_EQUAL(std::string("en:b"), d[0]);
    }
    void no_message_is_empty() {
        Catalog c;
        c.load(SOURCE_DIR "/tmpl/i18n");
        for (const auto& lang : supported_languages())
            for (const auto& [k, v] : c.messages(lang)) CPPUNIT_ASSERT_MESSAGE(lang + ":" + k, !v.empty());
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(CatalogTest);
