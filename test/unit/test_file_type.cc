#include <cppunit/extensions/HelperMacros.h>

#include "portal/upload/file_type.h"

using namespace minside::upload;

namespace {
const std::vector<FileType> kAll = {FileType::pdf, FileType::jpeg, FileType::png, FileType::heic,
                                    FileType::docx};

std::string bytes(const char* s, size_t n) { return std::string(s, n); }

// Minimal samples: just enough structure for each rule, not complete files.
std::string pdf() { return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"; }
std::string jpeg() { return bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\xFF\xDA\x01\x02\xFF\xD9", 20); }
std::string png() {
    return bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90\x77\x53\xde", 33) +
           bytes("\0\0\0\0IEND\xae\x42\x60\x82", 12);
}
std::string heic(const char* brand = "heic") {
    return bytes("\0\0\0\x18" "ftyp", 8) + brand + bytes("\0\0\0\0mif1heic\0\0\0\x08mdat", 20);
}
std::string docx(const std::string& extra = "") {
    return bytes("PK\x03\x04\x14\0\0\0\x08\0", 10) + "[Content_Types].xml<Types/>" +
           bytes("PK\x03\x04\x14\0", 6) + "word/document.xml<w:document/>" + extra +
           bytes("PK\x01\x02", 4) + "[Content_Types].xml" + bytes("PK\x05\x06", 4);
}
std::string zip() { return bytes("PK\x03\x04\x14\0\0\0\0\0", 10) + "payload.js" + bytes("PK\x05\x06", 4); }

bool refused(const std::string& data) { return !sniff(data, kAll).has_value(); }
}  // namespace

class FileTypeTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FileTypeTest);
    CPPUNIT_TEST(names_mime_types_and_extensions);
    CPPUNIT_TEST(each_allowed_type_recognised);
    CPPUNIT_TEST(pdf_needs_eof_near_end_and_nothing_before_header);
    CPPUNIT_TEST(jpeg_end_marker_and_padding);
    CPPUNIT_TEST(png_needs_ihdr_and_iend);
    CPPUNIT_TEST(heic_brand_and_box_size);
    CPPUNIT_TEST(executables_refused_even_with_allowed_content);
    CPPUNIT_TEST(html_svg_and_scripts_refused);
    CPPUNIT_TEST(polyglots_refused);
    CPPUNIT_TEST(macro_enabled_docx_refused);
    CPPUNIT_TEST(type_not_allowed_refused);
    CPPUNIT_TEST(empty_and_tiny_inputs_refused);
    CPPUNIT_TEST_SUITE_END();

public:
    void names_mime_types_and_extensions() {
        CPPUNIT_ASSERT(parse_file_type("jpeg") == FileType::jpeg);
        CPPUNIT_ASSERT(parse_file_type("docx") == FileType::docx);
        CPPUNIT_ASSERT(!parse_file_type("jpg"));
        CPPUNIT_ASSERT(!parse_file_type("PDF"));
        CPPUNIT_ASSERT(!parse_file_type(""));
        CPPUNIT_ASSERT_EQUAL(std::string("image/heic"), std::string(mime_type(FileType::heic)));
        CPPUNIT_ASSERT_EQUAL(std::string("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                             std::string(mime_type(FileType::docx)));
        CPPUNIT_ASSERT_EQUAL(std::string("jpg"), std::string(extension(FileType::jpeg)));
        for (FileType t : kAll)
            CPPUNIT_ASSERT(parse_file_type(t == FileType::jpeg ? "jpeg" : extension(t)) == t);
    }
    void each_allowed_type_recognised() {
        CPPUNIT_ASSERT(sniff(pdf(), kAll) == FileType::pdf);
        CPPUNIT_ASSERT(sniff(jpeg(), kAll) == FileType::jpeg);
        CPPUNIT_ASSERT(sniff(png(), kAll) == FileType::png);
        CPPUNIT_ASSERT(sniff(heic(), kAll) == FileType::heic);
        for (const char* b : {"heix", "mif1", "heim", "heis", "hevc", "hevx"})
            CPPUNIT_ASSERT_MESSAGE(b, sniff(heic(b), kAll) == FileType::heic);
        CPPUNIT_ASSERT(sniff(docx(), kAll) == FileType::docx);
    }
    void pdf_needs_eof_near_end_and_nothing_before_header() {
        CPPUNIT_ASSERT(sniff("%PDF-1.4\n" + std::string(5000, 'x') + "\n%%EOF\n", kAll) == FileType::pdf);
        CPPUNIT_ASSERT(refused("%PDF-1.4\n%%EOF\n" + std::string(2000, 'x')));  // EOF not near the end
        CPPUNIT_ASSERT(refused("%PDF-1.4\nno end marker"));
        CPPUNIT_ASSERT(refused("\n" + pdf()));
        CPPUNIT_ASSERT(refused("GIF89a" + pdf()));
    }
    void jpeg_end_marker_and_padding() {
        CPPUNIT_ASSERT(sniff(jpeg() + std::string(16, '\0'), kAll) == FileType::jpeg);
        CPPUNIT_ASSERT(refused(jpeg() + std::string(17, '\0')));
        CPPUNIT_ASSERT(refused(jpeg() + "trailing text"));
        CPPUNIT_ASSERT(refused(jpeg().substr(0, 18)));  // no end-of-image marker
        CPPUNIT_ASSERT(refused(bytes("\xFF\xD8\xFF\xD9", 4)));
    }
    void png_needs_ihdr_and_iend() {
        std::string no_ihdr = png();
        no_ihdr.replace(12, 4, "IDAT");
        CPPUNIT_ASSERT(refused(no_ihdr));
        CPPUNIT_ASSERT(refused(png().substr(0, 33)));  // no IEND
        CPPUNIT_ASSERT(refused(png().substr(0, 8)));
    }
    void heic_brand_and_box_size() {
        CPPUNIT_ASSERT(refused(heic("isom")));  // an MP4 video, not an image
        CPPUNIT_ASSERT(refused(heic("avif")));
        std::string big = heic();
        big[0] = '\x7f';  // box larger than the data
        CPPUNIT_ASSERT(refused(big));
        std::string odd = heic();
        odd[3] = '\x17';  // not whole compatible brands
        CPPUNIT_ASSERT(refused(odd));
        std::string zero = heic();
        zero[3] = '\0';
        CPPUNIT_ASSERT(refused(zero));
    }
    void executables_refused_even_with_allowed_content() {
        CPPUNIT_ASSERT(refused("MZ\x90\0" + pdf()));
        CPPUNIT_ASSERT(refused("MZ"));
        CPPUNIT_ASSERT(refused(bytes("\x7f" "ELF\x02\x01\x01\0", 8) + pdf()));
        CPPUNIT_ASSERT(refused("#!/bin/sh\nrm -rf /\n%PDF-1.4\n%%EOF\n"));
        CPPUNIT_ASSERT(refused("#!" + pdf()));
    }
    void html_svg_and_scripts_refused() {
        CPPUNIT_ASSERT(refused("<!DOCTYPE html><html><script>alert(1)</script></html>"));
        CPPUNIT_ASSERT(refused("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
        CPPUNIT_ASSERT(refused("<?xml version=\"1.0\"?><svg/>"));
        CPPUNIT_ASSERT(refused("alert(document.cookie)\n//%PDF-1.4\n%%EOF"));
        CPPUNIT_ASSERT(refused("\xEF\xBB\xBF<html></html>"));
    }
    void polyglots_refused() {
        CPPUNIT_ASSERT(refused(jpeg() + zip()));                      // JPEG + ZIP (e.g. a JAR)
        CPPUNIT_ASSERT(refused(jpeg() + zip() + bytes("\xFF\xD9", 2)));  // ends like a JPEG too
        CPPUNIT_ASSERT(refused(png() + zip() + bytes("\0\0\0\0IEND\xae\x42\x60\x82", 12)));
        std::string pdf_zip = "%PDF-1.4\n%" + zip() + std::string(100, ' ') + pdf().substr(9);
        CPPUNIT_ASSERT(refused(pdf_zip));
        // A ZIP far from the start of a PDF is an embedded attachment, allowed by the rule.
        CPPUNIT_ASSERT(sniff("%PDF-1.4\n" + std::string(2000, 'x') + zip() + "\n%%EOF\n", kAll) == FileType::pdf);
        CPPUNIT_ASSERT(refused(zip() + pdf()));  // a ZIP that is not a DOCX
    }
    void macro_enabled_docx_refused() {
        CPPUNIT_ASSERT(refused(docx("PK\x03\x04word/vbaProject.bin")));
        CPPUNIT_ASSERT(refused(docx("PK\x03\x04word/VBAPROJECT.BIN")));
        std::string no_document = docx();
        no_document.replace(no_document.find("word/document.xml"), 4, "xl/x");
        CPPUNIT_ASSERT(refused(no_document));
    }
    void type_not_allowed_refused() {
        CPPUNIT_ASSERT(!sniff(pdf(), {FileType::jpeg, FileType::png}));
        CPPUNIT_ASSERT(!sniff(docx(), {FileType::pdf}));
        CPPUNIT_ASSERT(!sniff(jpeg(), {}));
        CPPUNIT_ASSERT(sniff(jpeg(), {FileType::jpeg}) == FileType::jpeg);
    }
    void empty_and_tiny_inputs_refused() {
        CPPUNIT_ASSERT(refused(""));
        CPPUNIT_ASSERT(refused("%PD"));
        CPPUNIT_ASSERT(refused(bytes("\xFF\xD8\xFF", 3)));
        CPPUNIT_ASSERT(refused(bytes("\x89PN", 3)));
        CPPUNIT_ASSERT(refused("PK\x03"));
        CPPUNIT_ASSERT(refused(std::string(3, '\0')));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FileTypeTest);
