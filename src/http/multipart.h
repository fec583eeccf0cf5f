// multipart/form-data (RFC 7578) over a body held once in memory: the parts are views
// into it. cgicc's parser copies every file part four times over (substr, value,
// FormFile, vector), which put a 20 MB upload at six times its size in a worker.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minside::http {

struct MultipartPart {
    std::string name, filename, content_type;
    bool is_file = false;     // a filename parameter was present (even empty)
    std::string_view data;    // into the body: valid while the body lives
};

// The boundary parameter of a multipart/form-data Content-Type, unquoted; nullopt if absent,
// empty or longer than RFC 2046's 70 characters.
std::optional<std::string> multipart_boundary(const std::string& content_type);

// False for a malformed body (no opening delimiter, a part without a header end, a missing
// closing delimiter, more than max_parts parts); `parts` is then unspecified.
bool parse_multipart(std::string_view body, const std::string& boundary, std::vector<MultipartPart>& parts,
                     size_t max_parts = 200);

}  // namespace minside::http
