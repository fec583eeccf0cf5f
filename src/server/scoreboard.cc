#include "server/scoreboard.h"

#include <sys/mman.h>

#include <cstring>
#include <ctime>
#include <new>
#include <stdexcept>

namespace minside::server {

int64_t monotonic_ms() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void Slot::begin(const std::string& request_line) {
    size_t n = std::min(request_line.size(), sizeof request - 1);
    std::memcpy(request, request_line.data(), n);
    request[n] = '\0';
    started_ms.store(monotonic_ms(), std::memory_order_release);
}

void Slot::end() {
    started_ms.store(0, std::memory_order_release);
    served.fetch_add(1, std::memory_order_relaxed);
}

Scoreboard::Scoreboard(size_t slots) : size_(slots) {
    void* p = mmap(nullptr, sizeof(Slot) * slots, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::runtime_error("scoreboard: mmap failed");
    slots_ = static_cast<Slot*>(p);
    for (size_t i = 0; i < slots; ++i) new (&slots_[i]) Slot();
}

Scoreboard::~Scoreboard() { munmap(slots_, sizeof(Slot) * size_); }

int Scoreboard::acquire(pid_t placeholder) {
    for (size_t i = 0; i < size_; ++i) {
        pid_t expected = 0;
        if (slots_[i].pid.compare_exchange_strong(expected, placeholder)) {
            slots_[i].started_ms = 0;
            slots_[i].served = 0;
            return static_cast<int>(i);
        }
    }
    return -1;
}

void Scoreboard::release(size_t i) {
    slots_[i].started_ms = 0;
    slots_[i].pid = 0;
}

}  // namespace minside::server
