// Uploaded files on disk, named by the SHA-256 of their content. The citizen's file name
// never reaches the file system, so it cannot traverse paths or collide; identical
// uploads share one file. Writes are crash-safe: a file is complete under its final name
// or absent, and the database row that refers to it is committed only after put().
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace minside::upload {

class FileStore {
public:
    // `root` must exist and lie outside the web root; the fan-out directories are created.
    explicit FileStore(std::string root);

    // "ab/cd/abcdef…" (two levels of fan-out from the hex sha256), relative to root;
    // throws std::invalid_argument unless sha256_hex is exactly 64 lowercase hex digits.
    static std::string relative_path(const std::string& sha256_hex);
    std::string full_path(const std::string& sha256_hex) const;
    bool exists(const std::string& sha256_hex) const;

    // Writes `data` under its hash (temp file in the same directory, fsync, rename, fsync
    // of the directory). Nothing is written if the file already exists. Throws
    // std::invalid_argument if SHA-256(data) is not `sha256_hex`, std::runtime_error (with
    // the errno text) on any I/O failure, and leaves no temp file behind either way.
    void put(const std::string& sha256_hex, std::string_view data);

    // Removes temp files (".tmp-*") older than `max_age_seconds`, left by a crash; returns
    // how many. Run at start and now and then; a running put() is never that old.
    size_t remove_stale_temp_files(int max_age_seconds);

private:
    std::string root_;
};

}  // namespace minside::upload
