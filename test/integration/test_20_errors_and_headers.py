"""Error pages in the person's language, and the security headers on every response."""
import unittest

from context import stack

REQUIRED_HEADERS = {
    "content-security-policy": "frame-ancestors 'none'",
    "strict-transport-security": "max-age=",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


class ErrorPagesTest(unittest.TestCase):
    def test_404_in_each_language(self):
        expected = {"nb": "Vi fant ikke siden", "nn": "Vi fann ikkje sida", "en": "We could not find the page"}
        for lang, title in expected.items():
            status, _, body = stack().get("/finnes-ikke", headers={"Cookie": "Language=" + lang})
            self.assertEqual(404, status)
            self.assertIn(title, body)
            self.assertIn('<html lang="%s">' % lang, body)

    def test_405_names_allowed_methods(self):
        status, headers, body, _ = stack().request("POST", "/personvern", body=b"a=1",
                                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(405, status)
        self.assertEqual("GET, HEAD", headers["allow"])
        self.assertIn("Dette går ikke an her", body)

    def test_400_for_bad_input(self):
        status, _, body = stack().get("/sprak?lang=xx", headers={"Cookie": "Language=en"})
        self.assertEqual(400, status)
        self.assertIn("We could not understand the request", body)

    def test_413_when_form_too_large_and_nothing_read(self):
        body = b"a=" + b"x" * (2 * 1024 * 1024)
        status, _, page, _ = stack().request("POST", "/_test/form", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": "Language=nn"})
        self.assertEqual(413, status)
        self.assertIn("Det du sende er for stort", page)

    def test_413_from_nginx_gets_our_page(self):
        # Beyond client_max_body_size nginx refuses by itself; it borrows our page.
        status, _, page, _ = stack().request("POST", "/_test/form", body=b"x" * (111 * 1024 * 1024), headers={
            "Content-Type": "application/octet-stream", "Cookie": "Language=en"})
        self.assertEqual(413, status)
        self.assertIn("What you sent is too large", page)

    def test_small_form_is_read(self):
        status, _, page, _ = stack().request("POST", "/_test/form", body="navn=%C3%A6%C3%B8%C3%A5&b=2".encode(),
                                             headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(200, status)
        self.assertIn("navn=æøå", page)

    def test_500_reveals_no_internals_and_worker_survives(self):
        status, _, body = stack().get("/_test/throw", headers={"Cookie": "Language=en"})
        self.assertEqual(500, status)
        self.assertIn("Something went wrong on our side", body)
        self.assertNotIn("deliberate", body)
        self.assertNotIn("logic_error", body)
        self.assertEqual(200, stack().get("/")[0])

    def test_head_has_no_body(self):
        status, headers, body, _ = stack().request("HEAD", "/personvern")
        self.assertEqual(200, status)
        self.assertEqual("", body)


class SecurityHeadersTest(unittest.TestCase):
    def test_headers_on_pages_errors_and_redirects(self):
        for path in ("/", "/personvern", "/tilgjengelighet", "/finnes-ikke", "/sprak?lang=en", "/sprak?lang=xx",
                     "/health"):
            _, headers, _ = stack().get(path)
            for name, fragment in REQUIRED_HEADERS.items():
                self.assertIn(name, headers, (path, name))
                self.assertIn(fragment, headers[name], (path, name))

    def test_csp_allows_no_inline_script(self):
        csp = stack().get("/")[1]["content-security-policy"]
        self.assertIn("script-src 'self'", csp)
        self.assertNotIn("unsafe-inline", csp)

    def test_no_server_version_leaks(self):
        headers = stack().get("/")[1]
        self.assertEqual("nginx", headers.get("server"))
        self.assertNotIn("x-powered-by", headers)


if __name__ == "__main__":
    unittest.main()
