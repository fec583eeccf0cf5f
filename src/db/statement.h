// RAII wrapper around one MYSQL_STMT: bind parameters, execute, read rows as text.
#pragma once
#include <mysql.h>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace minside::db {

using Param = std::variant<std::nullptr_t, int64_t, std::string>;
using Value = std::optional<std::string>;  // NULL is nullopt
using Row = std::vector<Value>;

// NULL for 0, else the id: for optional foreign keys. (Out of line on purpose: GCC 12
// warns, wrongly, about a std::variant built from a ternary in an initializer list.)
Param id_or_null(int64_t id);

class Statement {
public:
    Statement(MYSQL* conn, const std::string& sql);  // prepares; throws DbError/DbUnavailable
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds, executes and buffers the whole result set (if any).
    void execute(const std::vector<Param>& params);
    bool fetch(Row& row);
    uint64_t affected_rows() const;
    uint64_t insert_id() const;

private:
    [[noreturn]] void fail(const char* step) const;
    MYSQL_STMT* stmt_;
    std::string sql_;
    unsigned field_count_ = 0;
};

// True for the client errors that mean the connection is gone (2006, 2013, 2002, ...).
bool is_connection_error(unsigned code);

// Throws DbUnavailable for a lost connection, DbError otherwise.
[[noreturn]] void throw_db_error(unsigned code, const std::string& message);

}  // namespace minside::db
