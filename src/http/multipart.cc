#include "http/multipart.h"

#include "core/strings.h"

namespace minside::http {
namespace {

// The value of `key` in a header's ";"-separated parameters: key="value" or key=value.
std::optional<std::string> header_param(std::string_view header, const std::string& key) {
    size_t pos = 0;
    while ((pos = header.find(';', pos)) != std::string_view::npos) {
        ++pos;
        while (pos < header.size() && header[pos] == ' ') ++pos;
        if (to_lower(header.substr(pos, key.size())) != key || pos + key.size() >= header.size() ||
            header[pos + key.size()] != '=')
            continue;
        size_t v = pos + key.size() + 1;
        if (v < header.size() && header[v] == '"') {
            std::string out;
            for (size_t i = v + 1; i < header.size(); ++i) {
                if (header[i] == '\\' && i + 1 < header.size()) out.push_back(header[++i]);
                else if (header[i] == '"') return out;
                else out.push_back(header[i]);
            }
            return std::nullopt;  // unterminated quote
        }
        size_t end = header.find(';', v);
        return trim(header.substr(v, end == std::string_view::npos ? std::string_view::npos : end - v));
    }
    return std::nullopt;
}

bool parse_part_headers(std::string_view headers, MultipartPart& part) {
    bool disposition = false;
    size_t pos = 0;
    while (pos < headers.size()) {
        size_t end = headers.find("\r\n", pos);
        if (end == std::string_view::npos) end = headers.size();
        std::string_view line = headers.substr(pos, end - pos);
        pos = end + 2;
        auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string name = to_lower(trim(line.substr(0, colon)));
        const std::string_view value = line.substr(colon + 1);
        if (name == "content-disposition") {
            if (to_lower(trim(value.substr(0, value.find(';')))) != "form-data") return false;
            auto n = header_param(value, "name");
            if (!n) return false;
            part.name = *n;
            if (auto f = header_param(value, "filename")) {
                part.filename = *f;
                part.is_file = true;
            }
            disposition = true;
        } else if (name == "content-type") {
            part.content_type = trim(value);
        }
    }
    return disposition;
}

}  // namespace

std::optional<std::string> multipart_boundary(const std::string& content_type) {
    if (to_lower(trim(std::string_view(content_type).substr(0, content_type.find(';')))) != "multipart/form-data")
        return std::nullopt;
    auto b = header_param(content_type, "boundary");
    if (!b || b->empty() || b->size() > 70) return std::nullopt;
    return b;
}

bool parse_multipart(std::string_view body, const std::string& boundary, std::vector<MultipartPart>& parts,
                     size_t max_parts) {
    const std::string delimiter = "--" + boundary;
    const std::string next_delimiter = "\r\n" + delimiter;
    // The first delimiter opens the body, or follows a preamble ending in CRLF.
    size_t pos = starts_with(body, delimiter) ? 0 : body.find(next_delimiter);
    if (pos == std::string_view::npos) return false;
    pos += starts_with(body, delimiter) ? delimiter.size() : next_delimiter.size();
    for (;;) {
        if (body.substr(pos, 2) == "--") return true;  // the closing delimiter
        if (body.substr(pos, 2) != "\r\n" || parts.size() >= max_parts) return false;
        pos += 2;
        size_t header_end = body.find("\r\n\r\n", pos);
        if (header_end == std::string_view::npos) return false;
        MultipartPart part;
        if (!parse_part_headers(body.substr(pos, header_end - pos + 2), part)) return false;
        size_t data_start = header_end + 4;
        size_t data_end = body.find(next_delimiter, data_start);
        if (data_end == std::string_view::npos) return false;
        part.data = body.substr(data_start, data_end - data_start);
        parts.push_back(std::move(part));
        pos = data_end + next_delimiter.size();
    }
}

}  // namespace minside::http
