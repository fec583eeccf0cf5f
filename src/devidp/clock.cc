#include "devidp/clock.h"

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include "core/log.h"
#include "core/strings.h"

namespace minside::devidp {

bool parse_clock_offset(const std::string& text, int64_t& seconds) {
    std::string t = trim(text);
    if (t.empty()) {
        seconds = 0;
        return true;
    }
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(t.c_str(), &end, 10);
    if (*end != '\0' || errno == ERANGE) return false;
    seconds = static_cast<int64_t>(v);
    return true;
}

void Clock::refresh() {
    offset_ = 0;
    if (file_.empty()) return;
    std::ifstream in(file_);
    if (!in) return;
    std::ostringstream ss;
    ss << in.rdbuf();
    int64_t v = 0;
    if (parse_clock_offset(ss.str(), v)) offset_ = v;
    else log::warning("clock_offset_file does not hold a whole number of seconds; using 0");
}

int64_t Clock::now() const { return static_cast<int64_t>(std::time(nullptr)) + offset_; }

}  // namespace minside::devidp
