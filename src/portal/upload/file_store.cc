#include "portal/upload/file_store.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <functional>
#include <stdexcept>
#include <utility>

#include "core/crypto.h"

namespace minside::upload {
namespace {

constexpr const char* kTempPrefix = ".tmp-";

[[noreturn]] void throw_errno(const std::string& what, const std::string& path) {
    const int e = errno;
    throw std::runtime_error("file store: " + what + " " + path + ": " + std::strerror(e));
}

class unique_fd {
public:
    explicit unique_fd(int fd = -1) : fd_(fd) {}
    unique_fd(const unique_fd&) = delete;
    unique_fd& operator=(const unique_fd&) = delete;
    ~unique_fd() { if (fd_ >= 0) ::close(fd_); }
    int get() const { return fd_; }
    // close() can report a failed write-back (e.g. NFS), so it is checked where it matters.
    int close() { const int fd = std::exchange(fd_, -1); return fd >= 0 ? ::close(fd) : 0; }
private:
    int fd_;
};

class unique_dir {
public:
    explicit unique_dir(const std::string& path) : d_(::opendir(path.c_str())) {}
    unique_dir(const unique_dir&) = delete;
    unique_dir& operator=(const unique_dir&) = delete;
    ~unique_dir() { if (d_) ::closedir(d_); }
    DIR* get() const { return d_; }
private:
    DIR* d_;
};

// Unlinks the temp file unless the rename has taken it over.
class TempGuard {
public:
    explicit TempGuard(std::string path) : path_(std::move(path)) {}
    TempGuard(const TempGuard&) = delete;
    TempGuard& operator=(const TempGuard&) = delete;
    ~TempGuard() { if (!path_.empty()) ::unlink(path_.c_str()); }
    void release() { path_.clear(); }
private:
    std::string path_;
};

// A rename or a new directory entry is durable only once its directory is fsynced.
void fsync_dir(const std::string& dir) {
    unique_fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0) throw_errno("open directory", dir);
    if (::fsync(fd.get()) != 0) throw_errno("fsync directory", dir);
}

// parent/name as a directory (0750), created if missing.
std::string ensure_dir(const std::string& parent, const std::string& name) {
    const std::string path = parent + "/" + name;
    if (::mkdir(path.c_str(), 0750) == 0) {
        fsync_dir(parent);
        return path;
    }
    struct stat st;
    if (errno != EEXIST) throw_errno("mkdir", path);
    if (::stat(path.c_str(), &st) != 0) throw_errno("stat", path);
    if (!S_ISDIR(st.st_mode)) { errno = ENOTDIR; throw_errno("mkdir", path); }
    return path;
}

void write_all(int fd, std::string_view data, const std::string& path) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw_errno("write", path);
        data.remove_prefix(static_cast<size_t>(n));
    }
}

// A new, exclusively created file in `dir`; the random name keeps concurrent writers apart.
unique_fd create_temp(const std::string& dir, std::string& path) {
    for (int attempt = 0; attempt < 8; ++attempt) {
        path = dir + "/" + kTempPrefix + crypto::hex(crypto::random_bytes(8));
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0640);
        if (fd >= 0) return unique_fd(fd);
        if (errno != EEXIST) throw_errno("create", path);
    }
    throw_errno("create", path);
}

// Writes the whole file under a temp name and renames it into place.
void write_atomically(const std::string& dir, const std::string& final_path, std::string_view data) {
    std::string tmp_path;
    unique_fd fd = create_temp(dir, tmp_path);
    TempGuard guard(tmp_path);
    write_all(fd.get(), data, tmp_path);
    if (::fsync(fd.get()) != 0) throw_errno("fsync", tmp_path);
    if (fd.close() != 0) throw_errno("close", tmp_path);
    if (::rename(tmp_path.c_str(), final_path.c_str()) != 0) throw_errno("rename to", final_path);
    guard.release();
    fsync_dir(dir);
}

bool is_hex_pair(const char* name) {
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    return hex(name[0]) && hex(name[1]) && name[2] == '\0';
}

// Calls `fn` with the full path of each fan-out subdirectory of `dir` ("ab", "cd").
void for_each_fanout(const std::string& dir, const std::function<void(const std::string&)>& fn) {
    unique_dir d(dir);
    if (!d.get()) throw_errno("open directory", dir);
    while (const dirent* e = ::readdir(d.get())) {
        if (!is_hex_pair(e->d_name)) continue;
        const std::string path = dir + "/" + e->d_name;
        struct stat st;
        if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) fn(path);
    }
}

size_t remove_old_temps_in(const std::string& dir, time_t cutoff) {
    unique_dir d(dir);
    if (!d.get()) return 0;  // removed or renamed meanwhile: nothing to clean there
    size_t removed = 0;
    while (const dirent* e = ::readdir(d.get())) {
        if (std::strncmp(e->d_name, kTempPrefix, std::strlen(kTempPrefix)) != 0) continue;
        const std::string path = dir + "/" + e->d_name;
        struct stat st;
        if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_mtime >= cutoff) continue;
        if (::unlink(path.c_str()) == 0) ++removed;
    }
    return removed;
}

}  // namespace

FileStore::FileStore(std::string root) : root_(std::move(root)) {}

std::string FileStore::relative_path(const std::string& sha256_hex) {
    bool ok = sha256_hex.size() == 64;
    for (char c : sha256_hex) ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    if (!ok) throw std::invalid_argument("file store: not a lowercase hex SHA-256");
    return sha256_hex.substr(0, 2) + "/" + sha256_hex.substr(2, 2) + "/" + sha256_hex;
}

std::string FileStore::full_path(const std::string& sha256_hex) const {
    return root_ + "/" + relative_path(sha256_hex);
}

bool FileStore::exists(const std::string& sha256_hex) const {
    struct stat st;
    return ::stat(full_path(sha256_hex).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

void FileStore::put(const std::string& sha256_hex, std::string_view data) {
    const std::string final_path = full_path(sha256_hex);  // validates the hash's form
    // A wrong hash would file the data under someone else's content: refuse it.
    if (crypto::sha256_hex(data) != sha256_hex)
        throw std::invalid_argument("file store: data does not match its SHA-256");
    if (exists(sha256_hex)) return;  // same hash, same content: already stored
    const std::string dir = ensure_dir(ensure_dir(root_, sha256_hex.substr(0, 2)), sha256_hex.substr(2, 2));
    write_atomically(dir, final_path, data);
}

size_t FileStore::remove_stale_temp_files(int max_age_seconds) {
    // File times are the real clock, so the real clock (not clock::now()) judges their age.
    const time_t cutoff = std::time(nullptr) - max_age_seconds;
    size_t removed = 0;
    for_each_fanout(root_, [&](const std::string& level1) {
        for_each_fanout(level1, [&](const std::string& level2) {
            removed += remove_old_temps_in(level2, cutoff);
        });
    });
    return removed;
}

}  // namespace minside::upload
