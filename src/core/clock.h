// Wall-clock time for everything with a deadline (sessions, tokens). Tests move it
// forward through a file of seconds to add, honoured only when test endpoints are on.
#pragma once
#include <cstdint>
#include <string>

namespace minside::clock {

// Seconds since the epoch, UTC, plus the test offset if configured.
int64_t now();

// Called once at worker start: "" disables the offset.
void set_offset_file(const std::string& path);

}  // namespace minside::clock
