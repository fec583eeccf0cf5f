#include <cppunit/extensions/HelperMacros.h>

#include <stdexcept>

#include "portal/upload/filename.h"

using namespace minside::upload;

namespace {
std::string s(const char* text) { return text; }

// True if `name` is valid UTF-8 (so no sequence was cut).
bool valid_utf8(const std::string& name) {
    for (size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        const size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > name.size()) return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(name[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}
}  // namespace

class FilenameTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FilenameTest);
    CPPUNIT_TEST(path_components_dropped);
    CPPUNIT_TEST(control_characters_and_nul_removed);
    CPPUNIT_TEST(bidi_overrides_removed);
    CPPUNIT_TEST(invalid_utf8_replaced);
    CPPUNIT_TEST(reserved_characters_replaced);
    CPPUNIT_TEST(extension_forced);
    CPPUNIT_TEST(long_names_cut_on_character_boundary);
    CPPUNIT_TEST(unicode_kept);
    CPPUNIT_TEST(empty_and_dots_only);
    CPPUNIT_TEST(bad_extension_argument_throws);
    CPPUNIT_TEST(content_disposition_ascii);
    CPPUNIT_TEST(content_disposition_non_ascii_and_specials);
    CPPUNIT_TEST_SUITE_END();

public:
    void path_components_dropped() {
        CPPUNIT_ASSERT_EQUAL(s("passwd.pdf"), sanitize_filename("../../etc/passwd", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("x.pdf"), sanitize_filename("..\\..\\x.pdf", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("x.pdf"), sanitize_filename("/abs/x.pdf", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("x.pdf"), sanitize_filename("C:\\Users\\ola\\x.pdf", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("dokument.pdf"), sanitize_filename("dir/", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("dokument.pdf"), sanitize_filename("../..", "pdf"));
    }
    void control_characters_and_nul_removed() {
        CPPUNIT_ASSERT_EQUAL(s("ab.pdf"), sanitize_filename(std::string("a\0b.pdf", 7), "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("abc.pdf"), sanitize_filename("a\r\nb\tc\x7f.pdf", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("ab.pdf"), sanitize_filename("a\xC2\x85" "b\xC2\x9F.pdf", "pdf"));  // C1
        CPPUNIT_ASSERT_EQUAL(s("x.pdfSet-Cookie_ a=b.pdf"), sanitize_filename("x.pdf\r\nSet-Cookie: a=b", "pdf"));
    }
    void bidi_overrides_removed() {
        // Displayed as "invoiceexe.pdf" if the override stayed.
        CPPUNIT_ASSERT_EQUAL(s("invoicefdp.pdf"), sanitize_filename("invoice\u202Efdp.exe", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("ab.pdf"), sanitize_filename("a\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069b.pdf", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("ab.pdf"), sanitize_filename("a\u200E\u200Fb.pdf", "pdf"));
    }
    void invalid_utf8_replaced() {
        CPPUNIT_ASSERT_EQUAL(s("S_knad.pdf"), sanitize_filename("S\xF8knad.pdf", "pdf"));  // Latin-1 ø
        CPPUNIT_ASSERT_EQUAL(s("a__b.pdf"), sanitize_filename("a\xC0\xAF" "b.pdf", "pdf"));  // overlong '/'
        CPPUNIT_ASSERT_EQUAL(s("a___b.pdf"), sanitize_filename("a\xED\xA0\x80" "b.pdf", "pdf"));  // surrogate
        CPPUNIT_ASSERT_EQUAL(s("a__.pdf"), sanitize_filename("a\xE2\x82", "pdf"));  // truncated sequence
    }
    void reserved_characters_replaced() {
        CPPUNIT_ASSERT_EQUAL(s("a_b_c_d_e_f_g_h.pdf"), sanitize_filename("a<b>c:d\"e|f?g*h.pdf", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("hidden.pdf"), sanitize_filename(" . .hidden.pdf", "pdf"));
    }
    void extension_forced() {
        CPPUNIT_ASSERT_EQUAL(s("x.pdf"), sanitize_filename("x.exe", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("x.pdf"), sanitize_filename("x", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("x.pdf"), sanitize_filename("x.PDF", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("bilde.jpg"), sanitize_filename("bilde.jpeg", "jpg"));
        CPPUNIT_ASSERT_EQUAL(s("invoice.pdf"), sanitize_filename("invoice.pdf.exe", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("x.pdf"), sanitize_filename("x.pdf. . ", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("Vedtak 12.03.2026.pdf"), sanitize_filename("Vedtak 12.03.2026", "pdf"));
    }
    void long_names_cut_on_character_boundary() {
        const std::string ascii = sanitize_filename(std::string(1000, 'a') + ".pdf", "pdf");
        CPPUNIT_ASSERT_EQUAL(size_t(120), ascii.size());
        CPPUNIT_ASSERT_EQUAL(s(".pdf"), ascii.substr(116));
        // 2-byte letters with the cut at every possible parity.
        for (const std::string prefix : {"", "a", "ab"}) {
            std::string raw = prefix;
            while (raw.size() < 1000) raw += "æøå";
            const std::string name = sanitize_filename(raw + ".docx", "docx");
            CPPUNIT_ASSERT(name.size() <= 120 && name.size() >= 118);
            CPPUNIT_ASSERT(valid_utf8(name));
            CPPUNIT_ASSERT_EQUAL(s(".docx"), name.substr(name.size() - 5));
        }
    }
    void unicode_kept() {
        CPPUNIT_ASSERT_EQUAL(s("Søknad om erstatning.pdf"), sanitize_filename("Søknad om erstatning.pdf", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("Ærlig Åse – 😀.png"), sanitize_filename("Ærlig Åse – 😀.png", "png"));
    }
    void empty_and_dots_only() {
        CPPUNIT_ASSERT_EQUAL(s("dokument.pdf"), sanitize_filename("", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("dokument.pdf"), sanitize_filename("...", "pdf"));
        CPPUNIT_ASSERT_EQUAL(s("dokument.heic"), sanitize_filename(". . .", "heic"));
        CPPUNIT_ASSERT_EQUAL(s("dokument.pdf"), sanitize_filename("\u202E\x01", "pdf"));
    }
    void bad_extension_argument_throws() {
        CPPUNIT_ASSERT_THROW(sanitize_filename("x", ""), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(sanitize_filename("x", "p/df"), std::invalid_argument);
    }
    void content_disposition_ascii() {
        CPPUNIT_ASSERT_EQUAL(s("attachment; filename=\"Vedtak 2026.pdf\"; filename*=UTF-8''Vedtak%202026.pdf"),
                             content_disposition_attachment("Vedtak 2026.pdf"));
    }
    void content_disposition_non_ascii_and_specials() {
        CPPUNIT_ASSERT_EQUAL(s("attachment; filename=\"S_knad.pdf\"; filename*=UTF-8''S%C3%B8knad.pdf"),
                             content_disposition_attachment("Søknad.pdf"));
        CPPUNIT_ASSERT_EQUAL(s("attachment; filename=\"ab_.pdf\"; filename*=UTF-8''a%22b%5C%25.pdf"),
                             content_disposition_attachment("a\"b\\%.pdf"));
        const std::string header = content_disposition_attachment("x\r\n.pdf");
        CPPUNIT_ASSERT(header.find('\r') == std::string::npos && header.find('\n') == std::string::npos);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FilenameTest);
