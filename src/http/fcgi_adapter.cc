#include "http/fcgi_adapter.h"

#include <cgicc/Cgicc.h>

#include <cstdlib>

#include "core/errors.h"
#include "core/log.h"
#include "http/cookies.h"
#include "http/error_page.h"
#include "http/fcgi_input.h"
#include "http/multipart.h"
#include "http/query.h"
#include "http/security_headers.h"

namespace minside::http {
namespace {

std::string param(FCGX_Request& fr, const char* name) {
    const char* v = FCGX_GetParam(name, fr.envp);
    return v ? v : "";
}

long content_length(FCGX_Request& fr, long max_body) {
    const std::string len = param(fr, "CONTENT_LENGTH");
    char* end = nullptr;
    long n = len.empty() ? 0 : std::strtol(len.c_str(), &end, 10);
    if (!len.empty() && (*end != '\0' || n < 0)) throw HttpError(400, "bad Content-Length");
    if (n > max_body) throw HttpError(413, "body of " + std::to_string(n) + " bytes");
    return n;
}

// Files arrive as multipart/form-data: read once into the request and parsed in place.
void read_multipart(FCGX_Request& fr, Request& req, long length, const std::string& boundary) {
    req.body.resize(static_cast<size_t>(length));
    long done = 0;
    while (done < length) {
        int n = FCGX_GetStr(req.body.data() + done, static_cast<int>(std::min(length - done, 1L << 20)), fr.in);
        if (n <= 0) throw HttpError(400, "body shorter than Content-Length");
        done += n;
    }
    std::vector<MultipartPart> parts;
    if (!parse_multipart(req.body, boundary, parts)) throw HttpError(400, "malformed multipart body");
    for (auto& p : parts) {
        if (p.is_file) req.files.push_back({p.name, p.filename, p.content_type, p.data});
        else req.form.emplace(p.name, std::string(p.data));
    }
}

void read_form(FCGX_Request& fr, Request& req, long max_body) {
    const long n = content_length(fr, max_body);
    if (n == 0) return;
    if (auto boundary = multipart_boundary(param(fr, "CONTENT_TYPE"))) return read_multipart(fr, req, n, *boundary);
    FcgiInput input(fr);
    try {
        cgicc::Cgicc cgi(&input);
        for (const auto& e : *cgi) req.form.emplace(e.getName(), e.getValue());
    } catch (const std::exception& e) {
        throw HttpError(400, std::string("unreadable form body: ") + e.what());
    }
}

Request build_request(FCGX_Request& fr) {
    Request req;
    req.method = param(fr, "REQUEST_METHOD");
    req.path = param(fr, "DOCUMENT_URI");
    req.query_string = param(fr, "QUERY_STRING");
    req.query = parse_urlencoded(req.query_string);
    req.cookies = parse_cookie_header(param(fr, "HTTP_COOKIE"));
    req.accept_language = param(fr, "HTTP_ACCEPT_LANGUAGE");
    req.remote_addr = param(fr, "REMOTE_ADDR");
    req.request_id = param(fr, "REQUEST_ID");
    req.site = param(fr, "MINSIDE_SITE") == "internal" ? Site::internal : Site::citizen;
    return req;
}

Response route(Context& ctx, Request& req, FCGX_Request& fr, std::string& pattern) {
    const Router& router = req.site == Site::internal ? ctx.app.internal_routes : ctx.app.citizen_routes;
    Router::Match m = router.match(req.method, req.path);
    if (!m.handler) {
        if (m.allow.empty()) throw HttpError(404, "no route");
        Response r = error_page(ctx, 405);
        r.set_header("Allow", m.allow);
        return r;
    }
    req.params = std::move(m.params);
    pattern = m.pattern;
    if (req.method == "POST") read_form(fr, req, m.max_body);
    return (*m.handler)(ctx);
}

void write_response(FCGX_Request& fr, Response& r, bool head) {
    apply_security_headers(r);
    if (head) {
        // Content-Length must describe the GET body; serialize() counts the body we pass.
        std::string wire = serialize(r);
        wire.resize(wire.size() - r.body.size());
        FCGX_PutStr(wire.data(), static_cast<int>(wire.size()), fr.out);
        return;
    }
    std::string wire = serialize(r);
    FCGX_PutStr(wire.data(), static_cast<int>(wire.size()), fr.out);
}

Response render_error(Context& ctx, int status) {
    try {
        return error_page(ctx, status);
    } catch (const std::exception& e) {
        log::error(std::string("error page failed: ") + e.what());
        return plain_error(status);
    }
}

}  // namespace

std::string request_line(FCGX_Request& fr) {
    return param(fr, "REQUEST_METHOD") + " " + param(fr, "DOCUMENT_URI");
}

Served serve(FCGX_Request& fr, App& app) {
    Request req = build_request(fr);
    const std::string lang = choose_language(req, app.config.default_language);
    Context ctx{req, app, lang, app.catalog.messages(lang), {}};
    Response resp;
    std::string pattern;
    try {
        resp = route(ctx, req, fr, pattern);
    } catch (const Redirect& r) {
        resp = Response::redirect(r.location());
    } catch (const HttpError& e) {
        if (e.status() >= 500) log::error(request_line(fr) + ": " + e.what());
        resp = render_error(ctx, e.status());
    } catch (const DbUnavailable& e) {
        log::warning(request_line(fr) + ": database unavailable: " + e.what());
        resp = render_error(ctx, 503);
    } catch (const std::exception& e) {
        log::error(request_line(fr) + ": " + e.what());
        resp = render_error(ctx, 500);
    } catch (...) {
        log::error(request_line(fr) + ": unknown exception");
        resp = render_error(ctx, 500);
    }
    write_response(fr, resp, req.method == "HEAD");
    const std::string* type = resp.header("Content-Type");
    const bool page = req.method == "GET" && resp.status == 200 && type && type->rfind("text/html", 0) == 0;
    return {resp.status, page ? (req.site == Site::internal ? "internal:" : "") + pattern : std::string()};
}

}  // namespace minside::http
