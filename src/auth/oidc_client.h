// Our side of the OpenID Connect code flow with ID-porten: the authorization URL, the
// token request (client_secret_basic or private_key_jwt) and the end-session URL.
#pragma once
#include <string>

#include "auth/oidc_provider.h"
#include "core/config.h"

namespace minside::auth {

struct AuthorizationRequest {
    std::string state, nonce, code_challenge, ui_locale;
};

std::string authorization_url(const Config& cfg, const Endpoints& ep, const AuthorizationRequest& r);

// Exchanges the code for tokens and returns the id_token. Throws LoginRefused("token_error")
// when ID-porten refuses the code, ProviderUnavailable when it cannot be reached.
std::string exchange_code(const Config& cfg, const Endpoints& ep, const std::string& code,
                          const std::string& code_verifier);

// The private_key_jwt client assertion: iss = sub = client_id, aud = issuer, unique jti,
// lifetime 60 s (ID-porten allows at most 120).
std::string client_assertion(const Config& cfg, const std::string& audience, int64_t now);

std::string end_session_url(const Config& cfg, const Endpoints& ep, const std::string& id_token,
                            const std::string& state);

}  // namespace minside::auth
