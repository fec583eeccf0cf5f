#include <cppunit/extensions/HelperMacros.h>
#include <dirent.h>
#include <sys/stat.h>

#include <fstream>

#include "http/view.h"

using namespace minside::http;

namespace {
const std::string kHostile = "<script>alert(1)</script>\"' onmouseover=x &amp;";

void collect(const std::string& dir, std::vector<std::string>& out) {
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        std::string n = e->d_name;
        if (n == "." || n == "..") continue;
        std::string p = dir + "/" + n;
        struct stat st;
        stat(p.c_str(), &st);
        if (S_ISDIR(st.st_mode)) collect(p, out);
        else if (n.size() > 4 && n.substr(n.size() - 4) == ".tpl") out.push_back(p);
    }
    closedir(d);
}
}  // namespace

class TemplatesTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(TemplatesTest);
    CPPUNIT_TEST(every_template_autoescapes);
    CPPUNIT_TEST(hostile_text_is_escaped_in_body);
    CPPUNIT_TEST(hostile_path_is_escaped_in_attribute);
    CPPUNIT_TEST(html_lang_matches_language);
    CPPUNIT_TEST(content_pages_exist_in_every_language);
    CPPUNIT_TEST_SUITE_END();

    App app;

    std::string render_front(Request& req, const std::string& lang, const std::string& notice) {
        Context ctx{req, app, lang, app.catalog.messages(lang), {}};
        Page p(ctx, "pages/front.tpl", "front_title");
        p.body().AddSectionDictionary("NOTICE")->SetValue("text", notice);
        return p.render().body;
    }

public:
    void setUp() override {
        app.catalog.load(SOURCE_DIR "/tmpl/i18n");
        load_templates(SOURCE_DIR "/tmpl");
    }
    void every_template_autoescapes() {
        std::vector<std::string> files;
        collect(SOURCE_DIR "/tmpl", files);
        for (const auto& f : files) {
            std::ifstream in(f);
            std::string first;
            std::getline(in, first);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(f, std::string("{{%AUTOESCAPE context=\"HTML\"}}"), first);
        }
    }
    void hostile_text_is_escaped_in_body() {
        Request req;
        req.path = "/";
        std::string html = render_front(req, "nb", kHostile);
        CPPUNIT_ASSERT(html.find("<script>alert") == std::string::npos);
        CPPUNIT_ASSERT(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
        CPPUNIT_ASSERT(html.find("&amp;amp;") != std::string::npos);
    }
    void hostile_path_is_escaped_in_attribute() {
        Request req;
        req.path = "/\"><script>x</script>";
        req.query_string = "a=\"b";
        std::string html = render_front(req, "en", "n");
        CPPUNIT_ASSERT(html.find("<script>x") == std::string::npos);
        CPPUNIT_ASSERT(html.find("\"><script") == std::string::npos);
    }
    void html_lang_matches_language() {
        for (const auto& lang : supported_languages()) {
            Request req;
            req.path = "/";
            std::string html = render_front(req, lang, "n");
            CPPUNIT_ASSERT_MESSAGE(lang, html.find("<html lang=\"" + lang + "\">") != std::string::npos);
        }
    }
    void content_pages_exist_in_every_language() {
        for (const auto& lang : supported_languages())
            for (const char* page : {"privacy", "accessibility"}) {
                std::string f = std::string(SOURCE_DIR) + "/tmpl/content/" + lang + "/" + page + ".tpl";
                std::ifstream in(f);
                CPPUNIT_ASSERT_MESSAGE(f, in.good());
            }
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(TemplatesTest);
