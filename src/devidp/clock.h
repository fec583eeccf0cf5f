// The controllable clock: real time plus a number of seconds read from a file, so tests can
// make tokens, codes and sessions look old without waiting.
#pragma once
#include <cstdint>
#include <string>
#include <utility>

namespace minside::devidp {

// Parses the offset file's text: optional whitespace around one integer (may be negative).
// Empty text is 0; false for anything else.
bool parse_clock_offset(const std::string& text, int64_t& seconds);

class Clock {
public:
    explicit Clock(std::string offset_file = "") : file_(std::move(offset_file)) {}
    // Re-reads the offset file (tests change it between requests). A missing file is 0;
    // a malformed one is 0 too, with a warning, so a typo never stops the server.
    void refresh();
    int64_t now() const;       // Unix seconds, offset applied
    int64_t offset() const { return offset_; }

private:
    std::string file_;
    int64_t offset_ = 0;
};

}  // namespace minside::devidp
