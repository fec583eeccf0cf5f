#include "core/clock.h"

#include <ctime>
#include <fstream>

namespace minside::clock {
namespace {
std::string offset_file;

int64_t read_offset() {
    if (offset_file.empty()) return 0;
    std::ifstream in(offset_file);
    long long v = 0;
    if (in >> v) return v;
    return 0;
}
}  // namespace

void set_offset_file(const std::string& path) { offset_file = path; }

int64_t now() { return static_cast<int64_t>(std::time(nullptr)) + read_offset(); }

}  // namespace minside::clock
