// Small string helpers shared by every layer.
#pragma once
#include <string>
#include <string_view>

namespace minside {

std::string trim(std::string_view s);
bool ends_with(std::string_view s, std::string_view suffix);
bool starts_with(std::string_view s, std::string_view prefix);
std::string to_lower(std::string_view s);

// application/x-www-form-urlencoded decoding ('+' is a space). Returns false on a
// malformed escape (e.g. "%G1" or a truncated "%4"), leaving `out` unspecified.
bool url_decode(std::string_view in, std::string& out);
std::string url_encode(std::string_view in);

}  // namespace minside
