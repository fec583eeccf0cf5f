#include "db/database.h"

#include "core/errors.h"

namespace minside::db {

namespace {
constexpr unsigned kLockDeadlock = 1213;  // ER_LOCK_DEADLOCK
}  // namespace

Database::~Database() { disconnect(); }

void Database::disconnect() noexcept {
    in_transaction_ = false;
    statements_.clear();  // statements must close before their connection
    if (conn_) mysql_close(conn_);
    conn_ = nullptr;
}

MYSQL* Database::connection() {
    if (conn_) return conn_;
    MYSQL* m = mysql_init(nullptr);
    if (!m) throw DbUnavailable("mysql_init: out of memory");
    my_bool no = 0;
    unsigned connect_timeout = 2, io_timeout = 30;
    mysql_optionsv(m, MYSQL_OPT_RECONNECT, &no);
    mysql_optionsv(m, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    mysql_optionsv(m, MYSQL_OPT_CONNECT_TIMEOUT, &connect_timeout);
    mysql_optionsv(m, MYSQL_OPT_READ_TIMEOUT, &io_timeout);
    mysql_optionsv(m, MYSQL_OPT_WRITE_TIMEOUT, &io_timeout);
    const bool tcp = !params_.host.empty();
    if (!mysql_real_connect(m, tcp ? params_.host.c_str() : nullptr, params_.user.c_str(),
                            params_.password.c_str(), params_.database.c_str(), tcp ? params_.port : 0,
                            tcp ? nullptr : params_.socket.c_str(), 0)) {
        std::string msg = std::string("connect: ") + mysql_error(m);
        unsigned code = mysql_errno(m);
        mysql_close(m);
        // Wrong password or missing database are configuration errors, but the person
        // asking can do nothing about either: both are "unavailable" to them.
        (void)code;
        throw DbUnavailable(msg);
    }
    conn_ = m;
    return conn_;
}

Statement& Database::prepared(const std::string& sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return *it->second;
    auto stmt = std::make_unique<Statement>(connection(), sql);
    return *statements_.emplace(sql, std::move(stmt)).first->second;
}

Result Database::run(const std::string& sql, const std::vector<Param>& params, Retry retry) {
    for (int attempt = 0;; ++attempt) {
        try {
            Statement& st = prepared(sql);
            st.execute(params);
            Result r;
            Row row;
            while (st.fetch(row)) r.rows.push_back(std::move(row));
            r.affected_rows = st.affected_rows();
            r.insert_id = st.insert_id();
            return r;
        } catch (const DbUnavailable&) {
            disconnect();
            if (retry == Retry::never || attempt > 0) throw;
        } catch (const DbError& e) {
            // A deadlock victim was rolled back whole: outside a transaction the single
            // statement had no effect, so running it again is safe whatever it does.
            if (e.code() != kLockDeadlock || in_transaction_ || attempt >= 2) throw;
        }
    }
}

std::vector<Row> Database::query(const std::string& sql, const std::vector<Param>& params) {
    return run(sql, params, Retry::idempotent).rows;
}

Result Database::execute(const std::string& sql, const std::vector<Param>& params) {
    return run(sql, params, Retry::never);
}

void Database::execute_script_statement(const std::string& sql) {
    MYSQL* m = connection();
    if (mysql_real_query(m, sql.data(), sql.size()) != 0) {
        unsigned code = mysql_errno(m);
        std::string msg = mysql_error(m);
        if (is_connection_error(code)) disconnect();
        throw_db_error(code, msg);
    }
    if (MYSQL_RES* res = mysql_store_result(m)) mysql_free_result(res);
}

void Database::begin() {
    // Nothing has been sent yet, so a connection that died while idle may be replaced.
    for (int attempt = 0;; ++attempt) {
        MYSQL* m = connection();
        if (mysql_query(m, "START TRANSACTION") == 0) {
            in_transaction_ = true;
            return;
        }
        unsigned code = mysql_errno(m);
        std::string msg = mysql_error(m);
        disconnect();
        if (!is_connection_error(code) || attempt > 0) throw_db_error(code, "begin: " + msg);
    }
}

void Database::commit() {
    in_transaction_ = false;
    if (!conn_ || mysql_commit(conn_) != 0) {
        std::string msg = conn_ ? mysql_error(conn_) : "not connected";
        unsigned code = conn_ ? mysql_errno(conn_) : 2006u;
        disconnect();
        throw_db_error(code, "commit: " + msg);
    }
}

void Database::rollback() noexcept {
    in_transaction_ = false;
    if (conn_ && mysql_rollback(conn_) != 0) disconnect();
}

}  // namespace minside::db
