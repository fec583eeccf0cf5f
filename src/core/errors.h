// Typed errors that cross layers. Each is caught at the request boundary
// (http/dispatch.cc) or at a program's main, never left to terminate a worker.
#pragma once
#include <stdexcept>
#include <string>

namespace minside {

// A request that must end with this HTTP status and the matching error page.
class HttpError : public std::runtime_error {
public:
    HttpError(int status, const std::string& why) : std::runtime_error(why), status_(status) {}
    int status() const { return status_; }
private:
    int status_;
};

// Ends the request with "303 See Other" to `location` (e.g. a page that needs a login).
class Redirect : public std::runtime_error {
public:
    explicit Redirect(std::string location) : std::runtime_error("redirect"), location_(std::move(location)) {}
    const std::string& location() const { return location_; }
private:
    std::string location_;
};

// The database could not be reached or the connection was lost mid-work.
class DbUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Any other database error (bad SQL, constraint): a bug or a data problem, a 500.
class DbError : public std::runtime_error {
public:
    DbError(unsigned code, const std::string& what) : std::runtime_error(what), code_(code) {}
    unsigned code() const { return code_; }
private:
    unsigned code_;
};

// The configuration is unusable; the message names the key.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace minside
