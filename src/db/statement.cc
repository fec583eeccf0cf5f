#include "db/statement.h"

#include <errmsg.h>

#include <cstring>

#include "core/errors.h"

namespace minside::db {

Param id_or_null(int64_t id) {
    if (id == 0) return nullptr;
    return id;
}

bool is_connection_error(unsigned code) {
    return code == CR_SERVER_GONE_ERROR || code == CR_SERVER_LOST || code == CR_CONNECTION_ERROR ||
           code == CR_CONN_HOST_ERROR || code == CR_SERVER_LOST_EXTENDED || code == 1927 /* ER_CONNECTION_KILLED */ ||
           code == 1053 /* ER_SERVER_SHUTDOWN */;
}

void throw_db_error(unsigned code, const std::string& message) {
    if (is_connection_error(code)) throw DbUnavailable(message);
    throw DbError(code, message);
}

Statement::Statement(MYSQL* conn, const std::string& sql) : stmt_(mysql_stmt_init(conn)), sql_(sql) {
    if (!stmt_) throw DbUnavailable("mysql_stmt_init: out of memory");
    if (mysql_stmt_prepare(stmt_, sql.data(), sql.size()) != 0) {
        unsigned code = mysql_stmt_errno(stmt_);
        std::string msg = std::string("prepare: ") + mysql_stmt_error(stmt_);
        mysql_stmt_close(stmt_);
        throw_db_error(code, msg);
    }
    field_count_ = mysql_stmt_field_count(stmt_);
}

Statement::~Statement() { mysql_stmt_close(stmt_); }

void Statement::fail(const char* step) const {
    throw_db_error(mysql_stmt_errno(stmt_), std::string(step) + ": " + mysql_stmt_error(stmt_));
}

void Statement::execute(const std::vector<Param>& params) {
    if (params.size() != mysql_stmt_param_count(stmt_))
        throw DbError(0, "parameter count mismatch for: " + sql_);
    std::vector<MYSQL_BIND> binds(params.size());
    std::vector<long long> ints(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        MYSQL_BIND& b = binds[i];
        std::memset(&b, 0, sizeof b);
        if (std::holds_alternative<std::nullptr_t>(params[i])) {
            b.buffer_type = MYSQL_TYPE_NULL;
        } else if (auto* n = std::get_if<int64_t>(&params[i])) {
            ints[i] = *n;
            b.buffer_type = MYSQL_TYPE_LONGLONG;
            b.buffer = &ints[i];
        } else {
            const std::string& s = std::get<std::string>(params[i]);
            b.buffer_type = MYSQL_TYPE_STRING;
            b.buffer = const_cast<char*>(s.data());
            b.buffer_length = s.size();
        }
    }
    mysql_stmt_free_result(stmt_);
    if (!binds.empty() && mysql_stmt_bind_param(stmt_, binds.data())) fail("bind");
    if (mysql_stmt_execute(stmt_)) fail("execute");
    // Known only now for some statements (DELETE ... RETURNING reports no columns at prepare).
    field_count_ = mysql_stmt_field_count(stmt_);
    if (field_count_ > 0 && mysql_stmt_store_result(stmt_)) fail("store_result");
}

bool Statement::fetch(Row& row) {
    if (field_count_ == 0) return false;
    constexpr size_t kInitial = 256;
    std::vector<MYSQL_BIND> binds(field_count_);
    std::vector<std::string> bufs(field_count_, std::string(kInitial, '\0'));
    std::vector<unsigned long> lengths(field_count_);
    std::vector<my_bool> nulls(field_count_), errors(field_count_);
    for (unsigned i = 0; i < field_count_; ++i) {
        MYSQL_BIND& b = binds[i];
        std::memset(&b, 0, sizeof b);
        b.buffer_type = MYSQL_TYPE_STRING;
        b.buffer = bufs[i].data();
        b.buffer_length = kInitial;
        b.length = &lengths[i];
        b.is_null = &nulls[i];
        b.error = &errors[i];
    }
    if (mysql_stmt_bind_result(stmt_, binds.data())) fail("bind_result");
    int rc = mysql_stmt_fetch(stmt_);
    if (rc == MYSQL_NO_DATA) return false;
    if (rc == 1) fail("fetch");
    row.assign(field_count_, std::nullopt);
    for (unsigned i = 0; i < field_count_; ++i) {
        if (nulls[i]) continue;
        if (lengths[i] > kInitial) {  // MYSQL_DATA_TRUNCATED: fetch this column again, whole
            bufs[i].assign(lengths[i], '\0');
            binds[i].buffer = bufs[i].data();
            binds[i].buffer_length = lengths[i];
            if (mysql_stmt_fetch_column(stmt_, &binds[i], i, 0)) fail("fetch_column");
        }
        bufs[i].resize(lengths[i]);
        row[i] = std::move(bufs[i]);
    }
    return true;
}

uint64_t Statement::affected_rows() const { return mysql_stmt_affected_rows(stmt_); }
uint64_t Statement::insert_id() const { return mysql_stmt_insert_id(stmt_); }

}  // namespace minside::db
