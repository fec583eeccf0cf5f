#include "http/request.h"

namespace minside::http {
namespace {
const std::string* find(const std::map<std::string, std::string>& m, const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? nullptr : &it->second;
}
}  // namespace

const std::string* Request::query_value(const std::string& key) const { return find(query, key); }
const std::string* Request::cookie(const std::string& name) const { return find(cookies, name); }
const std::string* Request::form_value(const std::string& key) const { return find(form, key); }

}  // namespace minside::http
