// Outgoing HTTPS with libcurl (ID-porten today; the SMS gateway, KRR later).
// Short timeouts: a slow national service must not hold a worker for long.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace minside::net {

struct HttpResult {
    long status = 0;           // 0 when no response arrived
    std::string body;
    std::string error;         // curl's reason when status is 0
};

struct HttpRequest {
    std::string url;
    std::string method = "GET";
    std::string body;
    std::vector<std::string> headers;  // "Name: value"
    long timeout_ms = 5000;
};

HttpResult perform(const HttpRequest& req);

// application/x-www-form-urlencoded body from pairs.
std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace minside::net
