// Thin, typed wrappers over OpenSSL: randomness, digests, MACs, base64url.
// Nothing here implements a primitive itself.
#pragma once
#include <string>
#include <string_view>

namespace minside::crypto {

std::string random_bytes(size_t n);        // RAND_bytes; throws on failure
std::string random_token(size_t bytes = 32);  // base64url of random_bytes(bytes)

std::string sha256(std::string_view data);       // 32 raw bytes
std::string sha256_hex(std::string_view data);   // 64 lowercase hex digits
std::string hmac_sha256(std::string_view key, std::string_view data);  // 32 raw bytes
std::string hex(std::string_view raw);

// Compares in time independent of where the inputs differ (CRYPTO_memcmp).
bool equal_constant_time(std::string_view a, std::string_view b);

std::string base64url_encode(std::string_view raw);  // RFC 4648 §5, no padding
// Returns false for characters outside the alphabet, padding, or an impossible length.
bool base64url_decode(std::string_view text, std::string& raw);

}  // namespace minside::crypto
