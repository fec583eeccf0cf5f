#include "auth/pkce.h"

#include "core/crypto.h"

namespace minside::auth {

std::string make_code_verifier() { return crypto::random_token(32); }

std::string code_challenge_s256(const std::string& verifier) {
    return crypto::base64url_encode(crypto::sha256(verifier));
}

bool valid_code_verifier(const std::string& v) {
    if (v.size() < 43 || v.size() > 128) return false;
    for (char c : v)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
              c == '_' || c == '~'))
            return false;
    return true;
}

}  // namespace minside::auth
