"""Each public page in each language, the language switch, the health endpoint."""
import re
import unittest

from context import stack

TITLES = {
    "nb": {"/": "Min side hos Helseklage", "/personvern": "Personvernerklæring",
           "/tilgjengelighet": "Tilgjengelighetserklæring"},
    "nn": {"/": "Min side hos Helseklage", "/personvern": "Personvernerklæring",
           "/tilgjengelighet": "Tilgjengeerklæring"},
    "en": {"/": "Min side – your page at Helseklage", "/personvern": "Privacy statement",
           "/tilgjengelighet": "Accessibility statement"},
}
# A phrase only that language's front page has.
FRONT_PHRASE = {"nb": "Dette kan du gjøre på Min side", "nn": "Dette kan du gjere på Min side",
                "en": "What you can do on Min side"}


def h1(body):
    m = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    return m.group(1).strip() if m else None


class PublicPagesTest(unittest.TestCase):
    def test_every_page_in_every_language_by_cookie(self):
        for lang, pages in TITLES.items():
            for path, title in pages.items():
                status, headers, body = stack().get(path, headers={"Cookie": "Language=" + lang})
                self.assertEqual(200, status, (lang, path))
                self.assertIn('<html lang="%s">' % lang, body, (lang, path))
                self.assertEqual(title, h1(body), (lang, path))
                self.assertTrue(headers["content-type"].startswith("text/html; charset=utf-8"))

    def test_front_page_explains_and_offers_login(self):
        for lang, phrase in FRONT_PHRASE.items():
            body = stack().get("/", headers={"Cookie": "Language=" + lang})[2]
            self.assertIn(phrase, body)
            self.assertIn('href="/logg-inn"', body)
            self.assertIn("ID-porten", body)

    def test_browser_language_used_without_cookie(self):
        body = stack().get("/", headers={"Accept-Language": "nn-NO,nn;q=0.9,en;q=0.5"})[2]
        self.assertIn('<html lang="nn">', body)
        body = stack().get("/", headers={"Accept-Language": "de-DE"})[2]
        self.assertIn('<html lang="nb">', body)

    def test_cookie_beats_browser_language(self):
        body = stack().get("/", headers={"Accept-Language": "en", "Cookie": "Language=nb"})[2]
        self.assertIn('<html lang="nb">', body)

    def test_language_switch_sets_cookie_for_a_year_and_returns(self):
        status, headers, _ = stack().get("/sprak?lang=en&tilbake=%2Fpersonvern")
        self.assertEqual(303, status)
        self.assertEqual("/personvern", headers["location"])
        cookie = headers["set-cookie"]
        self.assertTrue(cookie.startswith("Language=en;"), cookie)
        self.assertIn("Max-Age=31536000", cookie)
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Lax", cookie)

    def test_language_switch_links_on_every_page(self):
        body = stack().get("/personvern", headers={"Cookie": "Language=nn"})[2]
        self.assertIn('href="/sprak?lang=nb&amp;tilbake=%2Fpersonvern"', body)
        self.assertIn('href="/sprak?lang=en&amp;tilbake=%2Fpersonvern"', body)
        self.assertNotIn("lang=nn&amp;", body)

    def test_language_switch_refuses_other_sites_and_languages(self):
        for target in ("%2F%2Fevil.example%2F", "https%3A%2F%2Fevil.example", "%2F%5Cevil.example"):
            status, headers, _ = stack().get("/sprak?lang=nn&tilbake=" + target)
            self.assertEqual(303, status)
            self.assertEqual("/", headers["location"])
        status, headers, body = stack().get("/sprak?lang=de")
        self.assertEqual(400, status)
        self.assertNotIn("set-cookie", headers)

    def test_privacy_statement_covers_the_seed(self):
        # Facts from shared/seed that must be stated in every language.
        facts = ["15 a", "ID-porten", "Norsk helsenett", "Ciber Experis", "personvernombudet@helseklage.no",
                 "post@helseklage.no", "22 99 36 30", "Postboks 230 Skøyen", "0213 Oslo", "25", "Language",
                 "BankID", "Buypass", "Commfides", "Riksarkivet"]
        for lang in ("nb", "nn", "en"):
            body = stack().get("/personvern", headers={"Cookie": "Language=" + lang})[2]
            for fact in facts:
                self.assertIn(fact, body, (lang, fact))
            self.assertNotIn("AspNet", body)

    def test_static_files_served_by_nginx(self):
        status, headers, body = stack().get("/static/css/minside.css")
        self.assertEqual(200, status)
        self.assertEqual("nosniff", headers["x-content-type-options"])
        self.assertIn("text/css", headers["content-type"])

    def test_health_reveals_nothing_else(self):
        status, headers, body = stack().get("/health")
        self.assertEqual(200, status)
        self.assertEqual('{"status":"ok"}\n', body)
        self.assertEqual("application/json", headers["content-type"])
        self.assertEqual("no-store", headers["cache-control"])

    def test_internal_site_is_separate(self):
        status, _, body = stack().get("/", internal=True)
        self.assertEqual(200, status)
        self.assertIn("Driftsstatus", body)
        # Citizen routes are not on the internal site and vice versa.
        self.assertEqual(404, stack().get("/personvern", internal=True)[0])
        self.assertNotIn("Driftsstatus", stack().get("/")[2])
        self.assertEqual(200, stack().get("/health", internal=True)[0])


if __name__ == "__main__":
    unittest.main()
