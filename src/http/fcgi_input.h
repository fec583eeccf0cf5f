// cgicc reads the body and the CGI variables through this, from one FastCGI request
// rather than the process's stdin and environment (STACK-NOTES: cgicc under FastCGI).
#pragma once
#include <cgicc/CgiInput.h>
#include <fcgiapp.h>

namespace minside::http {

class FcgiInput : public cgicc::CgiInput {
public:
    explicit FcgiInput(FCGX_Request& request) : request_(request) {}
    size_t read(char* data, size_t length) override;
    std::string getenv(const char* name) override;

private:
    FCGX_Request& request_;
};

}  // namespace minside::http
