// Operational log: one line per event on stderr, which systemd hands to journald.
// Secrets, tokens and national identity numbers never go here.
#pragma once
#include <string>

namespace minside::log {

enum class Level { debug = 7, info = 6, warning = 4, error = 3 };

void set_program(const std::string& name);
void write(Level level, const std::string& message);

inline void info(const std::string& m) { write(Level::info, m); }
inline void warning(const std::string& m) { write(Level::warning, m); }
inline void error(const std::string& m) { write(Level::error, m); }

}  // namespace minside::log
