#include <cppunit/extensions/HelperMacros.h>

#include "http/multipart.h"

using namespace minside::http;

namespace {
const std::string kB = "XyZ123";
std::string body(const std::string& parts) { return parts + "--" + kB + "--\r\n"; }
std::string field(const std::string& name, const std::string& value) {
    return "--" + kB + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
}
std::string file(const std::string& name, const std::string& filename, const std::string& data) {
    return "--" + kB + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename +
           "\"\r\nContent-Type: application/pdf\r\n\r\n" + data + "\r\n";
}
}  // namespace

class MultipartTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(MultipartTest);
    CPPUNIT_TEST(boundary_from_content_type);
    CPPUNIT_TEST(fields_and_files);
    CPPUNIT_TEST(binary_data_with_crlf_and_dashes);
    CPPUNIT_TEST(empty_file_field);
    CPPUNIT_TEST(malformed_bodies_refused);
    CPPUNIT_TEST(too_many_parts_refused);
    CPPUNIT_TEST_SUITE_END();

public:
    void boundary_from_content_type() {
        CPPUNIT_ASSERT_EQUAL(std::string("abc"), *multipart_boundary("multipart/form-data; boundary=abc"));
        CPPUNIT_ASSERT_EQUAL(std::string("a b"), *multipart_boundary("Multipart/Form-Data; charset=x; boundary=\"a b\""));
        CPPUNIT_ASSERT(!multipart_boundary("application/x-www-form-urlencoded"));
        CPPUNIT_ASSERT(!multipart_boundary("multipart/form-data"));
        CPPUNIT_ASSERT(!multipart_boundary("multipart/form-data; boundary="));
        CPPUNIT_ASSERT(!multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')));
    }
    void fields_and_files() {
        std::string b = body(field("csrf", "tok") + file("filer", "Søknad.pdf", "%PDF-1.4 data") + field("beskrivelse", "æøå"));
        std::vector<MultipartPart> parts;
        CPPUNIT_ASSERT(parse_multipart(b, kB, parts));
        CPPUNIT_ASSERT_EQUAL(size_t(3), parts.size());
        CPPUNIT_ASSERT_EQUAL(std::string("csrf"), parts[0].name);
        CPPUNIT_ASSERT_EQUAL(std::string("tok"), std::string(parts[0].data));
        CPPUNIT_ASSERT(!parts[0].is_file);
        CPPUNIT_ASSERT(parts[1].is_file);
        CPPUNIT_ASSERT_EQUAL(std::string("Søknad.pdf"), parts[1].filename);
        CPPUNIT_ASSERT_EQUAL(std::string("application/pdf"), parts[1].content_type);
        CPPUNIT_ASSERT_EQUAL(std::string("%PDF-1.4 data"), std::string(parts[1].data));
        CPPUNIT_ASSERT_EQUAL(std::string("æøå"), std::string(parts[2].data));
    }
    void binary_data_with_crlf_and_dashes() {
        std::string data("\r\n--Xy\r\n\0\r\n--XyZ12", 20);
        std::vector<MultipartPart> parts;
        CPPUNIT_ASSERT(parse_multipart(body(file("f", "a.bin", data)), kB, parts));
        CPPUNIT_ASSERT_EQUAL(data, std::string(parts[0].data));
    }
    void empty_file_field() {
        std::vector<MultipartPart> parts;
        CPPUNIT_ASSERT(parse_multipart(body(file("filer", "", "")), kB, parts));
        CPPUNIT_ASSERT(parts[0].is_file);
        CPPUNIT_ASSERT(parts[0].data.empty());
    }
    void malformed_bodies_refused() {
        std::vector<MultipartPart> parts;
        for (std::string bad : {std::string(""), std::string("garbage"), field("a", "1"),  // no closing delimiter
                                "--" + kB + "\r\nContent-Disposition: form-data; name=\"a\"\r\n1\r\n--" + kB + "--",
                                "--" + kB + "\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--" + kB + "--",
                                "--" + kB + "\r\nContent-Type: text/plain\r\n\r\n1\r\n--" + kB + "--",
                                "--" + kB + "\r\nContent-Disposition: form-data; name=\"a\r\n\r\n1\r\n--" + kB + "--",
                                "--" + kB + "XContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--" + kB + "--"}) {
            parts.clear();
            CPPUNIT_ASSERT_MESSAGE(bad.substr(0, 40), !parse_multipart(bad, kB, parts));
        }
    }
    void too_many_parts_refused() {
        std::string many;
        for (int i = 0; i < 5; ++i) many += field("f" + std::to_string(i), "x");
        std::vector<MultipartPart> parts;
        CPPUNIT_ASSERT(!parse_multipart(body(many), kB, parts, 4));
        parts.clear();
        CPPUNIT_ASSERT(parse_multipart(body(many), kB, parts, 5));
    }
};
CPPUNIT_TEST_SUITE_REGISTRATION(MultipartTest);
