#include "core/log.h"

#include <unistd.h>

#include <cstdio>

namespace minside::log {
namespace {
std::string program = "minside";
}

void set_program(const std::string& name) { program = name; }

void write(Level level, const std::string& message) {
    // "<N>" is the syslog priority prefix journald understands (sd-daemon.h);
    // one fprintf keeps a line whole when several workers write at once.
    std::fprintf(stderr, "<%d>%s[%d]: %s\n", static_cast<int>(level), program.c_str(),
                 static_cast<int>(getpid()), message.c_str());
}

}  // namespace minside::log
