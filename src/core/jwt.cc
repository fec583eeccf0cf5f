#include "core/jwt.h"

#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <cstdio>

#include "core/crypto.h"

namespace minside::jwt {
namespace {

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct BnDeleter {
    void operator()(BIGNUM* b) const { BN_free(b); }
};
struct ParamBldDeleter {
    void operator()(OSSL_PARAM_BLD* b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamDeleter {
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
using Bn = std::unique_ptr<BIGNUM, BnDeleter>;

nlohmann::json decode_json_part(const std::string& part, const char* what) {
    std::string raw;
    if (!crypto::base64url_decode(part, raw)) throw JwtError(std::string(what) + " is not base64url");
    nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw JwtError(std::string(what) + " is not a JSON object");
    return j;
}

Bn bn_from_b64url(const nlohmann::json& v, const char* what) {
    std::string raw;
    if (!v.is_string() || !crypto::base64url_decode(v.get<std::string>(), raw) || raw.empty())
        throw JwtError(std::string("JWK ") + what + " is missing or malformed");
    return Bn(BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()), static_cast<int>(raw.size()), nullptr));
}

std::string bn_to_b64url(const BIGNUM* bn) {
    std::string raw(static_cast<size_t>(BN_num_bytes(bn)), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(raw.data()));
    return crypto::base64url_encode(raw);
}

}  // namespace

Token parse(const std::string& compact) {
    if (compact.size() > 16384) throw JwtError("token too long");
    auto d1 = compact.find('.');
    auto d2 = d1 == std::string::npos ? d1 : compact.find('.', d1 + 1);
    if (d1 == std::string::npos || d2 == std::string::npos || compact.find('.', d2 + 1) != std::string::npos)
        throw JwtError("not three parts");
    Token t;
    t.header = decode_json_part(compact.substr(0, d1), "header");
    t.payload = decode_json_part(compact.substr(d1 + 1, d2 - d1 - 1), "payload");
    if (!crypto::base64url_decode(compact.substr(d2 + 1), t.signature)) throw JwtError("signature is not base64url");
    t.signing_input = compact.substr(0, d2);
    return t;
}

const EVP_MD* rsa_digest_for(const std::string& alg) {
    if (alg == "RS256") return EVP_sha256();
    if (alg == "RS384") return EVP_sha384();
    if (alg == "RS512") return EVP_sha512();
    return nullptr;
}

bool verify(const Token& t, EVP_PKEY* key) {
    if (!key || !t.header.contains("alg") || !t.header["alg"].is_string()) return false;
    const EVP_MD* md = rsa_digest_for(t.header["alg"].get<std::string>());
    if (!md || EVP_PKEY_base_id(key) != EVP_PKEY_RSA || t.signature.empty()) return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key) != 1) return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(t.signature.data()), t.signature.size(),
                            reinterpret_cast<const unsigned char*>(t.signing_input.data()),
                            t.signing_input.size()) == 1;
}

Pkey rsa_public_key_from_jwk(const nlohmann::json& jwk) {
    if (!jwk.is_object() || jwk.value("kty", "") != "RSA") throw JwtError("JWK is not an RSA key");
    Bn n = bn_from_b64url(jwk.value("n", nlohmann::json()), "n");
    Bn e = bn_from_b64url(jwk.value("e", nlohmann::json()), "e");
    if (BN_num_bits(n.get()) < 2048) throw JwtError("RSA key shorter than 2048 bits");
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> bld(OSSL_PARAM_BLD_new());
    if (!bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        throw JwtError("cannot build RSA parameters");
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(bld.get()));
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        throw JwtError("cannot build RSA key from JWK");
    return Pkey(key);
}

nlohmann::json rsa_public_jwk(EVP_PKEY* key, const std::string& kid) {
    BIGNUM* n = nullptr;
    BIGNUM* e = nullptr;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) != 1 ||
        EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e) != 1) {
        BN_free(n);
        throw JwtError("not an RSA key");
    }
    Bn nn(n), ee(e);
    return {{"kty", "RSA"}, {"use", "sig"}, {"alg", "RS256"}, {"kid", kid},
            {"n", bn_to_b64url(nn.get())}, {"e", bn_to_b64url(ee.get())}};
}

Pkey load_private_key_pem(const std::string& path) {
    FILE* f = std::fopen(path.c_str(), "r");
    if (!f) throw JwtError("cannot read key " + path);
    EVP_PKEY* key = PEM_read_PrivateKey(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    if (!key) throw JwtError("not a PEM private key: " + path);
    return Pkey(key);
}

Pkey generate_rsa_key(int bits) {
    EVP_PKEY* key = EVP_RSA_gen(static_cast<unsigned>(bits));
    if (!key) throw JwtError("RSA key generation failed");
    return Pkey(key);
}

std::string sign_rs256(const nlohmann::json& header, const nlohmann::json& payload, EVP_PKEY* key) {
    std::string input = crypto::base64url_encode(header.dump()) + "." + crypto::base64url_encode(payload.dump());
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(input.data()), input.size()) != 1)
        throw JwtError("signing failed");
    std::string sig(len, '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(input.data()), input.size()) != 1)
        throw JwtError("signing failed");
    sig.resize(len);
    return input + "." + crypto::base64url_encode(sig);
}

}  // namespace minside::jwt
