#include <cppunit/extensions/HelperMacros.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "core/crypto.h"
#include "portal/upload/file_store.h"

using minside::crypto::sha256_hex;
using minside::upload::FileStore;

namespace {
// Every file and directory under `dir`, relative to it, depth first.
void list_tree(const std::string& dir, const std::string& rel, std::vector<std::string>& out) {
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    while (dirent* e = readdir(d)) {
        const std::string n = e->d_name;
        if (n == "." || n == "..") continue;
        out.push_back(rel + n);
        struct stat st;
        if (lstat((dir + "/" + n).c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            list_tree(dir + "/" + n, rel + n + "/", out);
    }
    closedir(d);
}

void remove_tree(const std::string& path) {
    std::vector<std::string> entries;
    list_tree(path, "", entries);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {  // children before parents
        const std::string p = path + "/" + *it;
        if (unlink(p.c_str()) != 0) rmdir(p.c_str());
    }
    rmdir(path.c_str());
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const std::string& path, const std::string& data, time_t mtime) {
    std::ofstream(path, std::ios::binary) << data;
    const struct timeval times[2] = {{mtime, 0}, {mtime, 0}};
    utimes(path.c_str(), times);
}

bool has_temp_file(const std::string& root) {
    std::vector<std::string> entries;
    list_tree(root, "", entries);
    for (const auto& e : entries)
        if (e.find(".tmp-") != std::string::npos) return true;
    return false;
}
}  // namespace

class FileStoreTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FileStoreTest);
    CPPUNIT_TEST(relative_path_fans_out_and_validates);
    CPPUNIT_TEST(put_then_exists_with_same_content);
    CPPUNIT_TEST(put_twice_is_fine);
    CPPUNIT_TEST(wrong_hash_throws_and_leaves_nothing);
    CPPUNIT_TEST(failed_rename_leaves_no_temp_file);
    CPPUNIT_TEST(missing_root_is_a_runtime_error);
    CPPUNIT_TEST(stale_temp_files_removed);
    CPPUNIT_TEST_SUITE_END();

    std::string root_;

public:
    void setUp() override {
        char tmpl[] = "/tmp/minside-filestore-XXXXXX";
        CPPUNIT_ASSERT(mkdtemp(tmpl) != nullptr);
        root_ = tmpl;
    }
    void tearDown() override { remove_tree(root_); }

    void relative_path_fans_out_and_validates() {
        const std::string h = sha256_hex("abc");
        CPPUNIT_ASSERT_EQUAL("ba/78/" + h, FileStore::relative_path(h));
        CPPUNIT_ASSERT_EQUAL(root_ + "/ba/78/" + h, FileStore(root_).full_path(h));
        std::string upper = h;
        upper[0] = 'B';
        const std::string bad[] = {"", h.substr(0, 63), h + "0", upper, "../" + h.substr(3),
                                   h.substr(0, 63) + "g", std::string(64, '/')};
        for (const auto& b : bad)
            CPPUNIT_ASSERT_THROW_MESSAGE(b, FileStore::relative_path(b), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(FileStore(root_).exists(".."), std::invalid_argument);
    }
    void put_then_exists_with_same_content() {
        FileStore store(root_);
        const std::string data("%PDF-1.7\n\0binary\xff\n%%EOF\n", 24);
        const std::string h = sha256_hex(data);
        CPPUNIT_ASSERT(!store.exists(h));
        store.put(h, data);
        CPPUNIT_ASSERT(store.exists(h));
        CPPUNIT_ASSERT(read_file(store.full_path(h)) == data);
        struct stat st;
        CPPUNIT_ASSERT_EQUAL(0, stat(store.full_path(h).c_str(), &st));
        CPPUNIT_ASSERT_EQUAL(0, int(st.st_mode & 0137));  // no more than 0640
        CPPUNIT_ASSERT(!has_temp_file(root_));
    }
    void put_twice_is_fine() {
        FileStore store(root_);
        const std::string h = sha256_hex("same");
        store.put(h, "same");
        store.put(h, "same");
        CPPUNIT_ASSERT_EQUAL(std::string("same"), read_file(store.full_path(h)));
        store.put(sha256_hex(""), "");  // an empty file is stored like any other
        CPPUNIT_ASSERT(store.exists(sha256_hex("")));
        std::vector<std::string> entries;
        list_tree(root_, "", entries);
        CPPUNIT_ASSERT_EQUAL(size_t(6), entries.size());  // two files, each under two directories
    }
    void wrong_hash_throws_and_leaves_nothing() {
        FileStore store(root_);
        const std::string h = sha256_hex("the real content");
        CPPUNIT_ASSERT_THROW(store.put(h, "something else"), std::invalid_argument);
        CPPUNIT_ASSERT(!store.exists(h));
        std::vector<std::string> entries;
        list_tree(root_, "", entries);
        CPPUNIT_ASSERT(entries.empty());
    }
    void failed_rename_leaves_no_temp_file() {
        FileStore store(root_);
        const std::string h = sha256_hex("blocked");
        // A directory where the file should go makes the rename fail after the write.
        mkdir((root_ + "/" + h.substr(0, 2)).c_str(), 0750);
        mkdir((root_ + "/" + h.substr(0, 2) + "/" + h.substr(2, 2)).c_str(), 0750);
        mkdir(store.full_path(h).c_str(), 0750);
        mkdir((store.full_path(h) + "/x").c_str(), 0750);
        CPPUNIT_ASSERT_THROW(store.put(h, "blocked"), std::runtime_error);
        CPPUNIT_ASSERT(!has_temp_file(root_));
        CPPUNIT_ASSERT(!store.exists(h));
    }
    void missing_root_is_a_runtime_error() {
        FileStore store(root_ + "/missing");
        CPPUNIT_ASSERT_THROW(store.put(sha256_hex("x"), "x"), std::runtime_error);
        CPPUNIT_ASSERT_THROW(store.remove_stale_temp_files(60), std::runtime_error);
    }
    void stale_temp_files_removed() {
        FileStore store(root_);
        const std::string h = sha256_hex("kept");
        store.put(h, "kept");
        const std::string dir = root_ + "/" + h.substr(0, 2) + "/" + h.substr(2, 2);
        const time_t now = time(nullptr);
        write_file(dir + "/.tmp-old1", "partial", now - 7200);
        write_file(dir + "/.tmp-fresh", "in progress", now - 10);
        mkdir((root_ + "/00").c_str(), 0750);
        mkdir((root_ + "/00/11").c_str(), 0750);
        write_file(root_ + "/00/11/.tmp-old2", "partial", now - 7200);
        write_file(root_ + "/.tmp-outside-fanout", "not ours", now - 7200);
        CPPUNIT_ASSERT_EQUAL(size_t(2), store.remove_stale_temp_files(3600));
        CPPUNIT_ASSERT(access((dir + "/.tmp-old1").c_str(), F_OK) != 0);
        CPPUNIT_ASSERT(access((root_ + "/00/11/.tmp-old2").c_str(), F_OK) != 0);
        CPPUNIT_ASSERT_EQUAL(0, access((dir + "/.tmp-fresh").c_str(), F_OK));
        CPPUNIT_ASSERT_EQUAL(0, access((root_ + "/.tmp-outside-fanout").c_str(), F_OK));
        CPPUNIT_ASSERT(store.exists(h));
        CPPUNIT_ASSERT_EQUAL(size_t(0), store.remove_stale_temp_files(3600));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FileStoreTest);
