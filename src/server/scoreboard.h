// Shared memory the workers write and the master reads: which request each worker is
// in and since when, so the master can kill one stuck past request_timeout and say why.
#pragma once
#include <sys/types.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>

namespace minside::server {

struct Slot {
    std::atomic<pid_t> pid{0};
    std::atomic<int64_t> started_ms{0};   // CLOCK_MONOTONIC; 0 while idle
    std::atomic<uint64_t> served{0};
    char request[192] = {};               // "GET /path", written before started_ms is set

    void begin(const std::string& request_line);
    void end();
};

class Scoreboard {
public:
    explicit Scoreboard(size_t slots);   // mmap(MAP_SHARED|MAP_ANONYMOUS), before fork
    ~Scoreboard();
    Scoreboard(const Scoreboard&) = delete;
    Scoreboard& operator=(const Scoreboard&) = delete;

    size_t size() const { return size_; }
    Slot& operator[](size_t i) { return slots_[i]; }
    // A free slot's index, or -1.
    int acquire(pid_t placeholder);
    void release(size_t i);

private:
    Slot* slots_;
    size_t size_;
};

int64_t monotonic_ms();

}  // namespace minside::server
