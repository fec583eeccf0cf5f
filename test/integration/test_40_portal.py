"""The citizen's Min side: consent, cases, documents, uploads, comments, receipts,
profile, lawyers, blocked people, and every refusal (IDOR, CSRF, limits)."""
import re
import time
import unittest

from browser import Browser, hidden, login
from context import stack
from portal_helpers import (ANNE, KARI, OLA, SIRI, case_id, citizen, comment_request_id, csrf_of, document_id,
                            files_in_store, pdf_bytes, portal, post_multipart, sql_value)


def audit_count(action, person_sql=""):
    return int(sql_value("SELECT COUNT(*) FROM minside.audit WHERE action = '%s' %s" % (action, person_sql)))


class ConsentTest(unittest.TestCase):
    def test_consent_first_then_withdraw(self):
        b = citizen(KARI, consent=False)
        stack().sql_root("DELETE FROM minside.consent WHERE person_id = (SELECT person_id FROM minside.case_role "
                         "WHERE case_id = %d AND role = 'party')" % case_id("25/00123"))
        for path in ("/saker", "/saker/%d" % case_id("25/00123"), "/profil", "/saker/%d/send" % case_id("25/00123")):
            status, headers, _ = b.get(portal(path))
            self.assertEqual((303, "/samtykke"), (status, headers.get("location")), path)
        status, _, page = b.get(portal("/samtykke"))
        self.assertEqual(200, status)
        for fact in ("SMS", "posten", "ingen betydning", "profilsiden"):
            self.assertIn(fact, page)
        self.assertEqual(200, b.get(portal("/personvern"))[0])
        # Without ticking the box nothing is stored.
        self.assertEqual(400, b.post(portal("/samtykke"), {"csrf": hidden(page, "csrf")})[0])
        status, headers, _ = b.post(portal("/samtykke"), {"csrf": hidden(page, "csrf"), "samtykke": "ja"})
        self.assertEqual((303, "/saker"), (status, headers["location"]))
        self.assertEqual(200, b.get(portal("/saker"))[0])
        # Withdraw on the profile page: history kept, pages closed again.
        status, headers, _ = b.post(portal("/profil/samtykke"), {"csrf": csrf_of(b, "/profil")})
        self.assertEqual((303, "/samtykke"), (status, headers["location"]))
        status, headers, _ = b.get(portal("/saker"))
        self.assertEqual((303, "/samtykke"), (status, headers.get("location")))
        history = sql_value("SELECT GROUP_CONCAT(given ORDER BY id) FROM minside.consent c JOIN minside.case_role r "
                            "ON r.person_id = c.person_id WHERE r.case_id = %d AND r.role = 'party'" % case_id("25/00123"))
        self.assertTrue(history.endswith("1,0"), history)
        _, _, page = b.get(portal("/samtykke"))
        self.assertIn("trukket samtykket", page)
        b.post(portal("/samtykke"), {"csrf": hidden(page, "csrf"), "samtykke": "ja"})
        self.assertEqual(200, b.get(portal("/saker"))[0])

    def test_lawyer_consent_mentions_email(self):
        b = citizen(ANNE, consent=False, eid="bankid")
        stack().sql_root("DELETE FROM minside.consent WHERE person_id IN (SELECT id FROM minside.person WHERE kind = 'lawyer')")
        _, _, page = b.get(portal("/samtykke"))
        self.assertIn("e-post", page)


class CasesTest(unittest.TestCase):
    def test_case_list_and_lawyer_labels(self):
        b = citizen(ANNE, eid="bankid")
        _, _, page = b.get(portal("/saker"))
        self.assertIn("25/00123", page)
        self.assertIn("25/00456", page)
        self.assertIn("Klient: Kari Nordmann", page)
        self.assertIn("Klient: Ola Nordmann", page)
        self.assertNotIn("24/00987", page)  # Kari's other case has no lawyer

    def test_case_page_timeline_documents_new_marks(self):
        b = citizen(KARI)
        cid = case_id("25/00123")
        stack().sql_root("DELETE FROM minside.case_view WHERE case_id = %d" % cid)
        status, _, page = b.get(portal("/saker/%d" % cid))
        self.assertEqual(200, status)
        self.assertIn("Sak 25/00123", page)
        self.assertIn("Du kan kommentere", page)
        self.assertIn("Sakkyndigerklæring fra spesialist i ortopedi", page)
        self.assertIn("Neste steg:", page)
        self.assertNotIn("Utkast til vedtak", page)   # draft
        self.assertNotIn("Internt notat", page)       # internal
        self.assertIn('class="new"', page)
        self.assertIn("Frist:", page)
        # The second visit marks nothing in the timeline as new.
        _, _, again = b.get(portal("/saker/%d" % cid))
        timeline = again[again.find('class="timeline"'):]
        self.assertNotIn('class="new"', timeline[:timeline.find("</ol>")])
        self.assertGreater(audit_count("case.read"), 0)

    def test_document_download(self):
        b = citizen(KARI)
        cid, did = case_id("25/00123"), document_id("Bekreftelse på mottatt klage", "25/00123")
        status, headers, body = b.get(portal("/saker/%d/dokumenter/%d" % (cid, did)))
        self.assertEqual(200, status)
        self.assertTrue(body.startswith("%PDF-"))
        self.assertEqual("application/pdf", headers["content-type"])
        self.assertIn("attachment;", headers["content-disposition"])
        self.assertIn("filename*=UTF-8''Bekreftelse%20p%C3%A5%20mottatt%20klage.pdf", headers["content-disposition"])
        self.assertEqual("nosniff", headers["x-content-type-options"])
        opened = sql_value("SELECT COUNT(*) FROM minside.document_view WHERE document_id = %d AND first_ip = '127.0.0.1'" % did)
        self.assertEqual("1", opened)
        self.assertGreater(audit_count("document.read", "AND object = 'document:%d'" % did), 0)

    def test_drafts_and_internal_documents_are_not_there(self):
        b = citizen(KARI)
        cid = case_id("25/00123")
        for title in ("Utkast til vedtak", "Internt notat"):
            self.assertEqual(404, b.get(portal("/saker/%d/dokumenter/%d" % (cid, document_id(title, "25/00123"))))[0])

    def test_files_location_is_internal(self):
        self.assertEqual(404, Browser().get(portal("/_files/"))[0])


class FormsTest(unittest.TestCase):
    def test_every_form_carries_the_session_csrf_token(self):
        b = citizen(KARI)
        cid, rid = case_id("25/00123"), comment_request_id("25/00123")
        for path in ("/profil", "/saker/%d/send" % cid, "/saker/%d/kommentar/%d" % (cid, rid), "/saker"):
            _, _, page = b.get(portal(path))
            tokens = re.findall(r'name="csrf" value="([^"]*)"', page)
            self.assertTrue(tokens, path)
            self.assertEqual(1, len(set(tokens)), path)
            self.assertNotIn("", tokens, path)


class AccessTest(unittest.TestCase):
    """Someone else's case, document, comment request or receipt answers like a missing one."""

    def test_idor_on_every_route_with_an_id(self):
        kari, ola = citizen(KARI), citizen(OLA)
        cid = case_id("25/00123")
        did = document_id("Sakkyndigerklæring fra spesialist i ortopedi", "25/00123")
        rid = comment_request_id("25/00123")
        status, headers, _ = post_multipart(kari, "/saker/%d/send" % cid, {"csrf": csrf_of(kari)},
                                            [("filer", "idor.pdf", pdf_bytes("idor %f" % time.time()))])
        receipt = headers["location"].split("/kvittering/")[1].split("?")[0]
        gets = ["/saker/%d" % cid, "/saker/%d/dokumenter/%d" % (cid, did), "/saker/%d/send" % cid,
                "/saker/%d/kommentar/%d" % (cid, rid), "/saker/%d/kvittering/%s" % (cid, receipt)]
        missing = ["/saker/999999", "/saker/999999/dokumenter/1", "/saker/%d/dokumenter/999999" % cid,
                   "/saker/%d/kommentar/999999" % cid, "/saker/%d/kvittering/MS-000000-XXXXXX" % cid]
        for path in gets:
            self.assertEqual(200, kari.get(portal(path))[0], path)
            status, _, body = ola.get(portal(path))
            self.assertEqual(404, status, path)
            self.assertIn("Vi fant ikke siden", body)
        not_found_body = ola.get(portal(missing[0]))[2]
        for path in missing:
            self.assertEqual(404, ola.get(portal(path))[0], path)
        # The same document id under Ola's own case is not Kari's document either.
        ola_case = case_id("25/00456")
        self.assertEqual(404, ola.get(portal("/saker/%d/dokumenter/%d" % (ola_case, did)))[0])
        # Posts to someone else's case are refused before anything is stored.
        before = files_in_store()
        status, _, _ = post_multipart(ola, "/saker/%d/send" % cid, {"csrf": csrf_of(ola)},
                                      [("filer", "x.pdf", pdf_bytes("from ola %f" % time.time()))])
        self.assertEqual(404, status)
        status, _, _ = post_multipart(ola, "/saker/%d/kommentar/%d" % (cid, rid), {"csrf": csrf_of(ola), "kommentar": "x"}, [])
        self.assertEqual(404, status)
        self.assertEqual(before, files_in_store())
        self.assertIn("Vi fant ikke siden", not_found_body)

    def test_csrf_missing_wrong_or_from_another_session(self):
        kari, ola = citizen(KARI), citizen(OLA)
        cid = case_id("25/00123")
        submissions = sql_value("SELECT COUNT(*) FROM minside.submission")
        for token in (None, "wrong-token", csrf_of(ola)):
            fields = {} if token is None else {"csrf": token}
            status, _, _ = post_multipart(kari, "/saker/%d/send" % cid, fields, [("filer", "c.pdf", pdf_bytes("csrf %s" % token))])
            self.assertEqual(403, status, token)
            status, _, _ = kari.post(portal("/profil/samtykke"), fields)
            self.assertEqual(403, status, token)
        self.assertEqual(submissions, sql_value("SELECT COUNT(*) FROM minside.submission"))
        self.assertEqual(200, kari.get(portal("/saker"))[0])  # consent was not withdrawn

    def test_blocked_person_sees_only_the_block_page(self):
        b, status, headers, _, _ = login(stack(), pid=SIRI)
        self.assertEqual(303, status)
        for path in ("/saker", "/samtykke", "/profil", "/saker/%d" % case_id("25/00999")):
            status, headers, _ = b.get(portal(path))
            self.assertEqual((303, "/sperret"), (status, headers.get("location")), path)
        status, _, page = b.get(portal("/sperret"))
        self.assertEqual(403, status)
        self.assertIn("sperret", page)
        self.assertIn("post@helseklage.no", page)


class UploadTest(unittest.TestCase):
    def setUp(self):
        self.b = citizen(KARI)
        self.cid = case_id("25/00123")
        self.path = "/saker/%d/send" % self.cid

    def send(self, files, fields=None):
        f = {"csrf": csrf_of(self.b)}
        f.update(fields or {})
        return post_multipart(self.b, self.path, f, files)

    def test_upload_gives_receipt(self):
        data = pdf_bytes("receipt %f" % time.time())
        status, headers, _ = self.send([("filer", "Legeerklæring.pdf", data)], {"beskrivelse": "Ny legeerklæring <b>"})
        self.assertEqual(303, status)
        status, _, page = self.b.get(portal(headers["location"]))
        self.assertEqual(200, status)
        import hashlib
        self.assertIn(hashlib.sha256(data).hexdigest(), page)
        self.assertIn("Legeerklæring.pdf", page)
        self.assertIn("Ny legeerklæring &lt;b&gt;", page)
        self.assertIn("Kvitteringsnummer", page)
        self.assertIn("Hva skjer nå?", page)
        self.assertIn("post@helseklage.no", page)
        receipt_no = re.search(r"MS-\d{6}-[A-Z2-9]{6}", page).group(0)
        _, _, case = self.b.get(portal("/saker/%d" % self.cid))
        self.assertIn(receipt_no, case)

    def test_renamed_executable_refused(self):
        before = files_in_store()
        status, _, page = self.send([("filer", "faktura.pdf", b"MZ\x90\x00" + b"\x00" * 200)], {"beskrivelse": "behold meg"})
        self.assertEqual(400, status)
        self.assertIn("Vi tar ikke imot denne filtypen", page)
        self.assertIn("behold meg", page)  # nothing the person wrote is lost
        self.assertEqual(before, files_in_store())

    def test_oversize_upload_refused_before_reading(self):
        before = files_in_store()
        submissions = sql_value("SELECT COUNT(*) FROM minside.submission")
        big = b"%PDF-1.4\n" + b"0" * (21 * 1000 * 1000) + b"\n%%EOF\n"
        status, _, page = self.send([("filer", "stor.pdf", big)])
        self.assertEqual(413, status)
        self.assertIn("større enn det vi tar imot", page)
        self.assertEqual(before, files_in_store())
        self.assertEqual(submissions, sql_value("SELECT COUNT(*) FROM minside.submission"))

    def test_duplicate_upload_is_recognised(self):
        data = pdf_bytes("dup %f" % time.time())
        status, headers, _ = self.send([("filer", "a.pdf", data)])
        self.assertEqual(303, status)
        before = files_in_store()
        status, _, page = self.send([("filer", "a-igjen.pdf", data)])
        self.assertEqual(200, status)
        self.assertIn("Dette har vi allerede mottatt", page)
        self.assertIn("trenger ikke sende dem igjen", page)
        self.assertEqual(before, files_in_store())

    def test_daily_quota_stops_mass_sending(self):
        pid_sql = "(SELECT person_id FROM minside.case_role WHERE case_id = %d AND role = 'party')" % self.cid
        # Fifty files already sent today (the default quota), recorded directly.
        stack().sql_root("INSERT INTO minside.submission (case_id, person_id, kind, receipt_no, received_at) "
                         "VALUES (%d, %s, 'upload', 'MS-QUOTA-TEST', UTC_TIMESTAMP(6))" % (self.cid, pid_sql))
        sub = sql_value("SELECT id FROM minside.submission WHERE receipt_no = 'MS-QUOTA-TEST'")
        stack().sql_root("INSERT INTO minside.submission_file (submission_id, case_id, filename, content_type, size, sha256) "
                         "SELECT %s, %d, 'x.pdf', 'application/pdf', 1, SHA2(seq, 256) FROM minside.seq_1_to_50" % (sub, self.cid))
        try:
            before = files_in_store()
            status, _, page = self.send([("filer", "en-til.pdf", pdf_bytes("quota %f" % time.time()))])
            self.assertEqual(429, status)
            self.assertIn("Du har sendt mye i dag", page)
            self.assertEqual(before, files_in_store())
        finally:
            stack().sql_root("DELETE FROM minside.submission_file WHERE submission_id = %s" % sub)
            stack().sql_root("DELETE FROM minside.submission WHERE id = %s" % sub)

    def test_no_file_chosen(self):
        status, _, page = self.send([], {"beskrivelse": "tekst"})
        self.assertEqual(400, status)
        self.assertIn("Du har ikke valgt noen fil", page)


class CommentTest(unittest.TestCase):
    def tearDown(self):
        stack().set_clock_offset(0)

    def test_comment_before_and_after_deadline(self):
        b = citizen(KARI)
        cid, rid = case_id("25/00123"), comment_request_id("25/00123")
        path = "/saker/%d/kommentar/%d" % (cid, rid)
        status, _, page = b.get(portal(path))
        self.assertEqual(200, status)
        self.assertIn('name="kommentar"', page)
        status, headers, _ = post_multipart(b, path, {"csrf": hidden(page, "csrf"), "kommentar": "Jeg er uenig i punkt 3."}, [])
        self.assertEqual(303, status)
        _, _, receipt = b.get(portal(headers["location"]))
        self.assertIn("Jeg er uenig i punkt 3.", receipt)
        self.assertIn("Kommentar til sakkyndigerklæring", receipt)
        # Four weeks later the deadline (three weeks) has passed.
        stack().set_clock_offset(28 * 86400)
        b2 = citizen(KARI)
        status, _, page = b2.get(portal(path))
        self.assertNotIn('name="kommentar"', page)
        self.assertIn("Fristen for å kommentere har gått ut", page)
        status, _, page = post_multipart(b2, path, {"csrf": csrf_of(b2), "kommentar": "For sent"}, [])
        self.assertEqual(403, status)
        self.assertIn("For sent", page)  # what was written is shown back, not lost

    def test_empty_comment_refused(self):
        b = citizen(KARI)
        path = "/saker/%d/kommentar/%d" % (case_id("25/00123"), comment_request_id("25/00123"))
        status, _, page = post_multipart(b, path, {"csrf": csrf_of(b), "kommentar": "   "}, [])
        self.assertEqual(400, status)
        self.assertIn("Skriv en kommentar", page)


class ProfileTest(unittest.TestCase):
    def test_private_person_profile(self):
        b = citizen(KARI)
        status, _, page = b.get(portal("/profil"))
        self.assertEqual(200, status)
        self.assertIn("Kari Nordmann", page)
        self.assertIn("Kontakt- og reservasjonsregisteret", page)
        self.assertIn("Trekk samtykket", page)
        self.assertEqual(404, b.post(portal("/profil/epost"), {"csrf": csrf_of(b), "epost": "a@b.no"})[0])

    def test_lawyer_email_validated_and_saved(self):
        b = citizen(ANNE, eid="bankid")
        status, _, page = b.post(portal("/profil/epost"), {"csrf": csrf_of(b, "/profil"), "epost": "ikke en adresse"})
        self.assertEqual(400, status)
        self.assertIn("ser ikke riktig ut", page)
        self.assertIn('value="ikke en adresse"', page)
        status, headers, _ = b.post(portal("/profil/epost"), {"csrf": csrf_of(b, "/profil"), "epost": "anne@advokat.no"})
        self.assertEqual((303, "/profil?lagret=1"), (status, headers["location"]))
        _, _, page = b.get(portal("/profil?lagret=1"))
        self.assertIn('value="anne@advokat.no"', page)
        self.assertIn("E-postadressen er lagret", page)


if __name__ == "__main__":
    unittest.main()


class InnsynTest(unittest.TestCase):
    def test_person_sees_what_is_logged_about_them_only(self):
        kari, ola = citizen(KARI), citizen(OLA)
        cid = case_id("25/00123")
        kari.get(portal("/saker/%d" % cid))
        kari.get(portal("/saker/%d/dokumenter/%d" % (cid, document_id("Bekreftelse på mottatt klage", "25/00123"))))
        ola.get(portal("/saker/%d" % case_id("25/00456")))
        status, _, page = kari.get(portal("/profil/innsyn"))
        self.assertEqual(200, status)
        for text in ("Du logget inn", "Du åpnet en sak", "Du åpnet et dokument", "Du ga samtykke", "127.0.0.1",
                     "slettes etter ett år"):
            self.assertIn(text, page)
        ola_page = ola.get(portal("/profil/innsyn"))[2]
        kari_rows = len(re.findall(r"<tr><td>", page))
        self.assertGreater(kari_rows, 3)
        # Ola's log holds Ola's actions only: he never opened Kari's document.
        self.assertNotIn("Du åpnet et dokument", ola_page)
        self.assertEqual(200, kari.get(portal("/profil"))[0])
        self.assertIn('href="/profil/innsyn"', kari.get(portal("/profil"))[2])
        self.assertGreater(audit_count("innsyn.read"), 0)
