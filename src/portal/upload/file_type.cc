#include "portal/upload/file_type.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace minside::upload {
namespace {

constexpr std::string_view kZipMagic("PK\x03\x04", 4);
constexpr size_t kPdfWindow = 1024;  // %%EOF near the end; no ZIP near the start

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool contains(std::string_view s, std::string_view needle, size_t from = 0) {
    return from <= s.size() && s.find(needle, from) != std::string_view::npos;
}

// Office writes "word/vbaProject.bin"; ZIP names are case-preserving but some tools
// change the case, so the macro check ignores it.
bool contains_nocase(std::string_view s, std::string_view lower_needle) {
    auto eq = [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; };
    return std::search(s.begin(), s.end(), lower_needle.begin(), lower_needle.end(), eq) != s.end();
}

// Programs and scripts are refused outright, before any other check, so that no later
// content (a PDF header at offset 2, say) can make them acceptable.
bool is_executable(std::string_view d) {
    return starts_with(d, "MZ") || starts_with(d, "\x7f" "ELF") || starts_with(d, "#!");
}

bool is_pdf(std::string_view d) {
    if (!starts_with(d, "%PDF-")) return false;  // junk before %PDF- (a polyglot) is refused
    const size_t tail = d.size() > kPdfWindow ? d.size() - kPdfWindow : 0;
    if (!contains(d, "%%EOF", tail)) return false;
    return !contains(d.substr(0, kPdfWindow), kZipMagic);
}

bool is_jpeg(std::string_view d) {
    if (!starts_with(d, "\xFF\xD8\xFF")) return false;
    // Some cameras pad after the end-of-image marker; allow a little NUL padding only.
    size_t end = d.size();
    while (end > 0 && d.size() - end < 16 && d[end - 1] == '\0') --end;
    if (end < 5 || d.substr(end - 2, 2) != "\xFF\xD9") return false;
    return !contains(d, kZipMagic, 3);
}

bool is_png(std::string_view d) {
    static constexpr std::string_view sig("\x89PNG\r\n\x1a\n", 8);
    static constexpr std::string_view ihdr("\0\0\0\x0dIHDR", 8);  // IHDR is always 13 bytes
    if (!starts_with(d, sig) || d.substr(8, 8) != ihdr) return false;
    if (!contains(d, "IEND", 16)) return false;
    return !contains(d, kZipMagic, 8);
}

uint32_t be32(std::string_view d, size_t at) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(d[at + i]);
    return v;
}

bool is_heic(std::string_view d) {
    static constexpr std::string_view brands[] = {"heic", "heix", "mif1", "heim",
                                                  "heis", "hevc", "hevx"};
    if (d.size() < 16 || d.substr(4, 4) != "ftyp") return false;
    // An ftyp box: size, type, major brand, minor version, then whole 4-byte brands. Size 0
    // ("to the end") and 1 (64-bit size) are legal in ISO-BMFF but never used for ftyp.
    const uint32_t size = be32(d, 0);
    if (size < 16 || size > 4096 || size > d.size() || (size - 16) % 4 != 0) return false;
    const std::string_view major = d.substr(8, 4);
    return std::find(std::begin(brands), std::end(brands), major) != std::end(brands);
}

bool is_docx(std::string_view d) {
    if (!starts_with(d, kZipMagic)) return false;
    if (!contains(d, "[Content_Types].xml") || !contains(d, "word/document.xml")) return false;
    return !contains_nocase(d, "vbaproject.bin");  // macro-enabled, whatever its extension
}

// The checks anchor at offset 0 on different magic, so at most one can match.
std::optional<FileType> classify(std::string_view d) {
    if (is_pdf(d)) return FileType::pdf;
    if (is_jpeg(d)) return FileType::jpeg;
    if (is_png(d)) return FileType::png;
    if (is_heic(d)) return FileType::heic;
    if (is_docx(d)) return FileType::docx;
    return std::nullopt;  // includes HTML, SVG and other text: none has an allowed magic
}

}  // namespace

const char* mime_type(FileType t) {
    switch (t) {
    case FileType::pdf: return "application/pdf";
    case FileType::jpeg: return "image/jpeg";
    case FileType::png: return "image/png";
    case FileType::heic: return "image/heic";
    case FileType::docx:
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    return "application/octet-stream";
}

const char* extension(FileType t) {
    switch (t) {
    case FileType::pdf: return "pdf";
    case FileType::jpeg: return "jpg";
    case FileType::png: return "png";
    case FileType::heic: return "heic";
    case FileType::docx: return "docx";
    }
    return "bin";
}

std::optional<FileType> parse_file_type(const std::string& name) {
    if (name == "pdf") return FileType::pdf;
    if (name == "jpeg") return FileType::jpeg;
    if (name == "png") return FileType::png;
    if (name == "heic") return FileType::heic;
    if (name == "docx") return FileType::docx;
    return std::nullopt;
}

std::optional<FileType> sniff(std::string_view data, const std::vector<FileType>& allowed) {
    if (data.empty() || is_executable(data)) return std::nullopt;
    const auto type = classify(data);
    if (!type || std::find(allowed.begin(), allowed.end(), *type) == allowed.end())
        return std::nullopt;
    return type;
}

}  // namespace minside::upload
