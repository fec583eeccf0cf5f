// One process's connection to MariaDB: opened lazily after fork, utf8mb4, prepared
// statements cached per SQL text, no auto-reconnect. A lost connection is reopened
// and its statements prepared again; only idempotent work is retried, once.
#pragma once
#include <mysql.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "db/statement.h"

namespace minside::db {

struct ConnectParams {
    std::string host;    // empty: unix socket
    std::string socket;
    unsigned port = 3306;
    std::string user, password, database;
};

struct Result {
    std::vector<Row> rows;
    uint64_t affected_rows = 0;
    uint64_t insert_id = 0;
};

enum class Retry { idempotent, never };

class Database {
public:
    explicit Database(ConnectParams params) : params_(std::move(params)) {}
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Reads are idempotent and retried once after a reconnect.
    std::vector<Row> query(const std::string& sql, const std::vector<Param>& params = {});
    // Writes are not retried: the caller answers 503 and the person tries again.
    Result execute(const std::string& sql, const std::vector<Param>& params = {});
    Result run(const std::string& sql, const std::vector<Param>& params, Retry retry);

    // Plain (unprepared) statements for trusted text only: migrations and admin scripts.
    void execute_script_statement(const std::string& sql);

    void begin();
    void commit();
    void rollback() noexcept;

    bool connected() const { return conn_ != nullptr; }
    void disconnect() noexcept;

private:
    MYSQL* connection();
    Statement& prepared(const std::string& sql);
    ConnectParams params_;
    MYSQL* conn_ = nullptr;
    std::map<std::string, std::unique_ptr<Statement>> statements_;
    bool in_transaction_ = false;
};

// Commits at commit(); rolls back if destroyed before that (an exception in between).
class Transaction {
public:
    explicit Transaction(Database& db) : db_(db) { db_.begin(); }
    ~Transaction() {
        if (!done_) db_.rollback();
    }
    void commit() {
        db_.commit();
        done_ = true;
    }

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace minside::db
