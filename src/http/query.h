// application/x-www-form-urlencoded parsing for query strings and small form bodies.
#pragma once
#include <map>
#include <string>

namespace minside::http {

// Malformed pairs (bad percent escapes, empty names, NUL bytes) are dropped, never fatal;
// the first value of a repeated name wins.
std::map<std::string, std::string> parse_urlencoded(const std::string& s);

}  // namespace minside::http
