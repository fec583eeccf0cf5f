// PKCE (RFC 7636), S256 only, as ID-porten requires.
#pragma once
#include <string>

namespace minside::auth {

std::string make_code_verifier();                              // 43 chars from 32 random bytes
std::string code_challenge_s256(const std::string& verifier);  // base64url(SHA-256), no padding
bool valid_code_verifier(const std::string& verifier);         // 43-128 unreserved chars

}  // namespace minside::auth
