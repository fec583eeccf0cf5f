#include "portal/upload/filename.h"

#include <cctype>
#include <stdexcept>
#include <string_view>

namespace minside::upload {
namespace {

constexpr size_t kMaxBytes = 120;

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 if it is invalid
// (truncated, overlong, a surrogate, or beyond U+10FFFF).
size_t decode_utf8(const std::string& s, size_t i, char32_t& cp) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    size_t len;
    if (c < 0x80) { cp = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (size_t k = 1; k < len; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    const char32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

// Bidi controls can make "invoice\u202Efdp.exe" display as "invoiceexe.pdf". The brief's
// ranges plus LRM, RLM and ALM, which reorder text in the same way.
bool is_invisible_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

// Valid UTF-8 without control characters; each invalid byte becomes '_'.
std::string clean_text(const std::string& raw) {
    std::string out;
    for (size_t i = 0; i < raw.size();) {
        char32_t cp = 0;
        const size_t len = decode_utf8(raw, i, cp);
        if (len == 0) { out += '_'; ++i; continue; }
        if (!is_invisible_control(cp)) out.append(raw, i, len);
        i += len;
    }
    return out;
}

std::string last_component(const std::string& s) {
    const size_t slash = s.find_last_of("/\\");
    return slash == std::string::npos ? s : s.substr(slash + 1);
}

std::string replace_reserved(std::string s) {
    for (char& c : s)
        if (std::string_view("<>:\"|?*").find(c) != std::string_view::npos) c = '_';
    return s;
}

std::string trim_dots_spaces(const std::string& s, bool leading, bool trailing) {
    size_t b = 0, e = s.size();
    while (leading && b < e && (s[b] == '.' || s[b] == ' ')) ++b;
    while (trailing && e > b && (s[e - 1] == '.' || s[e - 1] == ' ')) --e;
    return s.substr(b, e - b);
}

bool ascii_iequal(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// What follows the last dot counts as an extension only if it looks like one (1–5 ASCII
// letters/digits, at least one letter): "Søknad 12.03.2026" keeps its date.
bool looks_like_extension(const std::string& e) {
    if (e.empty() || e.size() > 5) return false;
    bool letter = false;
    for (unsigned char c : e) {
        if (!std::isalnum(c) || c >= 0x80) return false;
        letter = letter || std::isalpha(c);
    }
    return letter;
}

// The name without its (wrong or right) extension; "a.pdf.exe" → "a" when ext is pdf,
// so the result does not read "a.pdf.pdf".
std::string strip_extension(std::string base, const std::string& ext) {
    for (int round = 0; round < 2; ++round) {
        const size_t dot = base.rfind('.');
        if (dot == std::string::npos || dot == 0) break;
        const std::string e = base.substr(dot + 1);
        if (round == 0 ? !looks_like_extension(e) : !ascii_iequal(e, ext)) break;
        base.erase(dot);
    }
    return base;
}

// At most `max` bytes, never ending inside a UTF-8 sequence (input is valid UTF-8).
std::string cut_utf8(const std::string& s, size_t max) {
    if (s.size() <= max) return s;
    size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

bool valid_ext(const std::string& ext) {
    if (ext.empty() || ext.size() > 10) return false;
    for (unsigned char c : ext)
        if (!std::isalnum(c) || c >= 0x80) return false;
    return true;
}

// For old clients that ignore filename*: printable ASCII only, without '"' and '\'.
std::string ascii_fallback(const std::string& name) {
    std::string out;
    for (unsigned char c : name) {
        if (c >= 0x80) {
            if ((c & 0xC0) != 0x80) out += '_';  // one '_' per character, not per byte
        } else if (c == '%') {
            out += '_';  // some browsers percent-decode the plain filename parameter
        } else if (c >= 0x20 && c != 0x7F && c != '"' && c != '\\') {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// RFC 5987 ext-value: attr-char as is, every other byte as %XX.
std::string rfc5987_encode(const std::string& name) {
    static const char* hex = "0123456789ABCDEF";
    static constexpr std::string_view attr_char("!#$&+-.^_`|~");  // besides ALPHA / DIGIT
    std::string out;
    for (unsigned char c : name) {
        const bool alnum = c < 0x80 && std::isalnum(c);
        if (alnum || attr_char.find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}

}  // namespace

std::string sanitize_filename(const std::string& raw, const std::string& ext) {
    if (!valid_ext(ext)) throw std::invalid_argument("sanitize_filename: bad extension");
    std::string name = last_component(clean_text(raw));
    name = trim_dots_spaces(replace_reserved(name), true, true);
    std::string base = trim_dots_spaces(strip_extension(name, ext), false, true);
    base = trim_dots_spaces(cut_utf8(base, kMaxBytes - 1 - ext.size()), false, true);
    if (base.empty()) base = "dokument";
    return base + "." + ext;
}

std::string content_disposition_attachment(const std::string& filename) {
    return "attachment; filename=\"" + ascii_fallback(filename) + "\"; filename*=UTF-8''" +
           rfc5987_encode(filename);
}

}  // namespace minside::upload
