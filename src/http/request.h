// One HTTP request as the handlers see it: no FastCGI, no cgicc.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace minside::http {

enum class Site { citizen, internal };

// A file from a multipart form. `filename` is the browser's word only: never a path.
// `data` views Request::body, which holds the request body once.
struct UploadedFile {
    std::string field, filename, content_type;
    std::string_view data;
};

struct Request {
    std::string method;       // "GET", "POST", ...
    std::string path;         // decoded path without the query string
    std::string query_string;
    std::map<std::string, std::string> query;   // first value wins
    std::map<std::string, std::string> form;    // urlencoded or multipart text fields (POST)
    std::vector<UploadedFile> files;            // multipart file parts (POST), in order
    std::string body;                           // a multipart body, which `files` point into
    std::map<std::string, std::string> cookies;
    std::map<std::string, std::string> params;  // filled by the router from "{name}" segments
    std::string accept_language;
    std::string remote_addr;
    std::string request_id;   // nginx's $request_id, for logs and the audit trail
    Site site = Site::citizen;

    const std::string* query_value(const std::string& key) const;
    const std::string* cookie(const std::string& name) const;
    const std::string* form_value(const std::string& key) const;
};

}  // namespace minside::http
