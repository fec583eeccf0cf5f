"""Logging in with ID-porten (the local minside-devidp), the refusals, sessions and logout."""
import re
import subprocess
import time
import unittest
import urllib.parse

from browser import Browser, hidden, login
from context import stack

KARI = "01017012345"       # party on two pilot cases
ANNE = "03039011111"       # lawyer
OUTSIDER = "04049022222"   # only on a non-pilot case
UNKNOWN = "09099099999"    # not in the case system at all


def portal(path):
    return "http://127.0.0.1:%d%s" % (stack().citizen_port, path)


def audit_rows(action):
    out = stack().sql_root("SELECT actor, action, COALESCE(object,''), COALESCE(ip,'') FROM minside.audit "
                           "WHERE action = '%s' ORDER BY id" % action)
    return [line.split("\t") for line in out.stdout.splitlines()]


def control(**fields):
    b = Browser()
    status, _, body = b.post(stack().issuer + "/control", fields)
    assert status == 200, (status, body)


def alive(b):
    """True while the browser's session is live (the case list, or the consent page first)."""
    status, headers, _ = b.get(portal("/saker"))
    return status == 200 or (status == 303 and headers.get("location") == "/samtykke")


def session_cookie(b):
    return b.cookies_for("127.0.0.1:%d" % stack().citizen_port).get("__Host-session")


class LoginTest(unittest.TestCase):
    def tearDown(self):
        control(misbehave="none", signing_kid="devidp-key-1")
        stack().set_clock_offset(0)

    def test_full_login_reaches_case_list(self):
        b, status, headers, body, _ = login(stack(), pid=KARI)
        self.assertEqual(303, status, body[:300])
        self.assertEqual("/saker", headers["location"])
        cookie = headers["set-cookie"]
        self.assertIn("__Host-session=", cookie)
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Lax", cookie)
        self.assertNotIn("Max-Age", cookie.split("__Host-session=")[1].split(",")[0])
        self.assertTrue(alive(b))
        _, _, page = b.get(portal("/samtykke"))
        b.post(portal("/samtykke"), {"csrf": hidden(page, "csrf"), "samtykke": "ja"})
        status, _, page = b.get(portal("/saker"))
        self.assertEqual(200, status)
        self.assertIn("Kari Nordmann", page)
        self.assertIn("25/00123", page)
        self.assertIn("24/00987", page)
        self.assertNotIn("25/00456", page)
        self.assertIn('action="/logg-ut"', page)
        rows = audit_rows("login")
        self.assertTrue(rows and rows[-1][3] == "127.0.0.1", rows[-1:])
        # Only the SHA-256 of the token is stored.
        token = session_cookie(b)
        stored = stack().sql_root("SELECT COUNT(*) FROM minside.session WHERE token_hash = SHA2('%s', 256)" % token)
        self.assertEqual("1", stored.stdout.strip())
        raw = stack().sql_root("SELECT COUNT(*) FROM minside.session WHERE token_hash = '%s'" % token)
        self.assertEqual("0", raw.stdout.strip())

    def test_logout_offered_on_public_pages_when_logged_in(self):
        b, _, _, _, _ = login(stack(), pid=KARI)
        for path in ("/", "/personvern", "/tilgjengelighet"):
            _, _, page = b.get(portal(path))
            self.assertIn('action="/logg-ut"', page, path)
        _, _, front = b.get(portal("/"))
        self.assertIn('href="/saker"', front)
        self.assertNotIn('action="/logg-ut"', Browser().get(portal("/"))[2])

    def test_high_level_eid_satisfies_substantial(self):
        _, status, headers, _, _ = login(stack(), pid=KARI, eid="bankid")
        self.assertEqual("/saker", headers.get("location"))

    def test_case_list_needs_login(self):
        status, headers, _ = Browser().get(portal("/saker"))
        self.assertEqual(303, status)
        self.assertEqual("/logg-inn", headers["location"])

    def test_cancelled_login_shows_page_without_redirect(self):
        b, status, headers, body, _ = login(stack(), action="cancel")
        self.assertEqual(200, status)
        self.assertNotIn("location", headers)
        self.assertIn("Innloggingen ble avbrutt eller mislyktes", body)
        self.assertIsNone(session_cookie(b))
        self.assertEqual("reason:cancelled", audit_rows("login.refused")[-1][2])

    def test_tampered_and_missing_state_refused(self):
        for change in ("tamper", "drop"):
            b = Browser()
            _, h, _ = b.get(portal("/logg-inn"))
            _, _, form_page = b.get(h["location"])
            _, h, _ = b.post(stack().issuer + "/authorize/login",
                             {"request": hidden(form_page, "request"), "action": "login", "pid": KARI, "name": "x", "eid": "minid"})
            u = urllib.parse.urlsplit(h["location"])
            q = dict(urllib.parse.parse_qsl(u.query))
            if change == "tamper":
                q["state"] = q["state"][:-1] + ("A" if q["state"][-1] != "A" else "B")
            else:
                del q["state"]
            status, _, body = b.get(portal("/logg-inn/callback?" + urllib.parse.urlencode(q)))
            self.assertEqual(400, status, change)
            self.assertIsNone(session_cookie(b))
            self.assertEqual("reason:bad_state", audit_rows("login.refused")[-1][2])

    def test_callback_without_login_cookie_refused(self):
        b = Browser()
        _, h, _ = b.get(portal("/logg-inn"))
        b.jar.clear()
        status, _, body = b.get(portal("/logg-inn/callback?code=x&state=y&iss=" + urllib.parse.quote(stack().issuer)))
        self.assertEqual(400, status)
        self.assertEqual("reason:no_login_cookie", audit_rows("login.refused")[-1][2])

    def test_replayed_code_refused(self):
        b, status, _, _, callback = login(stack(), pid=KARI)
        self.assertEqual(303, status)
        # The same answer again, in a browser that started its own attempt (so state is its own).
        b2 = Browser()
        b2.get(portal("/logg-inn"))
        status, _, _ = b2.get(callback)
        self.assertEqual(400, status)
        self.assertIsNone(session_cookie(b2))

    def test_each_misbehaviour_refused_and_audited(self):
        expected = {"bad_nonce": "bad_nonce", "bad_aud": "bad_aud", "bad_iss": "bad_iss", "expired": "expired",
                    "alg_none": "bad_alg", "unknown_key": "unknown_key", "bad_signature": "bad_signature",
                    "low_acr": "low_acr"}
        for mode, reason in expected.items():
            control(misbehave=mode)
            b, status, headers, body, _ = login(stack(), pid=KARI)
            self.assertEqual(400, status, mode)
            self.assertIn("Innloggingen ble avbrutt eller mislyktes", body, mode)
            self.assertIsNone(session_cookie(b), mode)
            self.assertEqual("reason:" + reason, audit_rows("login.refused")[-1][2], mode)

    def test_key_rotation_accepted(self):
        control(signing_kid="devidp-key-2")
        _, status, headers, _, _ = login(stack(), pid=KARI)
        self.assertEqual("/saker", headers.get("location"))

    def test_non_pilot_and_unknown_people_refused(self):
        for pid in (OUTSIDER, UNKNOWN):
            b, status, _, body, _ = login(stack(), pid=pid)
            self.assertEqual(403, status)
            self.assertIn("Min side er i en prøveperiode", body)
            self.assertIn("post@helseklage.no", body)
            self.assertIsNone(session_cookie(b))
            self.assertEqual("reason:not_pilot", audit_rows("login.refused")[-1][2])
        self.assertNotIn(UNKNOWN, "".join("".join(r) for r in audit_rows("login.refused")))

    def test_pid_never_in_logs_or_urls(self):
        b, status, headers, _, callback = login(stack(), pid=KARI)
        self.assertNotIn(KARI, callback)
        self.assertNotIn(KARI, headers.get("location", ""))
        self.assertNotIn(KARI, stack().log_text())
        with open(stack().workdir + "/run/nginx-access.log") as f:
            self.assertNotIn(KARI, f.read())
        dump = stack().sql_root("SELECT pid_hmac, name FROM minside.person").stdout
        self.assertNotIn(KARI, dump)

    def test_logout_from_our_page(self):
        b, _, _, _, _ = login(stack(), pid=KARI)
        _, _, page = b.get(portal("/personvern"))
        csrf = hidden(page, "csrf")
        # Without the CSRF token nothing happens.
        status, _, _ = b.post(portal("/logg-ut"), {})
        self.assertEqual(403, status)
        self.assertTrue(alive(b))
        status, headers, page = b.post(portal("/logg-ut"), {"csrf": csrf})
        self.assertEqual(200, status)
        self.assertIn('http-equiv="refresh"', page)
        end_session = re.search(r'id="continue-logout" href="([^"]+)"', page).group(1).replace("&amp;", "&")
        headers = {"location": end_session}
        target = urllib.parse.urlsplit(headers["location"])
        self.assertEqual(stack().issuer + "/endsession", "%s://%s%s" % (target.scheme, target.netloc, target.path))
        q = dict(urllib.parse.parse_qsl(target.query))
        self.assertEqual(portal("/logget-ut"), q["post_logout_redirect_uri"])
        self.assertIn("id_token_hint", q)
        self.assertIn("state", q)
        self.assertIsNone(session_cookie(b))
        status, _, body = b.get(headers["location"])
        self.assertEqual(200, status)
        self.assertIn(portal("/logget-ut"), body)
        status, _, body = b.get(portal("/logget-ut"))
        self.assertIn("Du er logget ut", body)
        self.assertFalse(alive(b))
        self.assertTrue(audit_rows("logout"))

    def test_logout_started_by_another_service(self):
        b, _, _, _, _ = login(stack(), pid=KARI)
        token = session_cookie(b)
        # ID-porten's logout page (here started without our id_token, as another service would)
        status, _, page = b.get(stack().issuer + "/endsession")
        self.assertEqual(200, status)
        frames = re.findall(r'<iframe[^>]*src="([^"]+)"', page)
        ours = [f.replace("&amp;", "&") for f in frames if f.startswith(portal("/logg-ut/frontchannel"))]
        self.assertEqual(1, len(ours), frames)
        # The iframe carries no cookie of ours: the session is found by sid.
        status, headers, _ = Browser().get(ours[0])
        self.assertEqual(200, status)
        self.assertIn("frame-ancestors " + stack().issuer, headers["content-security-policy"])
        self.assertNotIn("x-frame-options", headers)
        self.assertFalse(alive(b))
        gone = stack().sql_root("SELECT COUNT(*) FROM minside.session WHERE token_hash = SHA2('%s', 256)" % token)
        self.assertEqual("0", gone.stdout.strip())
        self.assertTrue(audit_rows("logout.frontchannel"))

    def test_frontchannel_needs_our_issuer(self):
        status, _, _ = Browser().get(portal("/logg-ut/frontchannel?iss=https%3A%2F%2Fevil.example&sid=x"))
        self.assertEqual(400, status)

    def test_idle_timeout_after_30_minutes(self):
        b, _, _, _, _ = login(stack(), pid=KARI)
        stack().set_clock_offset(29 * 60)
        self.assertTrue(alive(b))   # activity at minute 29 ...
        stack().set_clock_offset(29 * 60 + 29 * 60)
        self.assertTrue(alive(b))   # ... keeps it alive until 58
        stack().set_clock_offset(29 * 60 + 29 * 60 + 30 * 60)
        self.assertFalse(alive(b))   # 30 idle minutes: gone
        self.assertTrue(audit_rows("session.timeout.idle"))

    def test_absolute_timeout_after_120_minutes(self):
        b, _, _, _, _ = login(stack(), pid=KARI)
        for minute in range(20, 120, 20):
            stack().set_clock_offset(minute * 60)
            self.assertTrue(alive(b), minute)
        stack().set_clock_offset(120 * 60)
        self.assertFalse(alive(b))
        self.assertTrue(audit_rows("session.timeout.absolute"))

    def test_session_cookie_set_before_login_not_accepted_after(self):
        b = Browser()
        planted = "A" * 43
        b.cookies_for("127.0.0.1:%d" % stack().citizen_port)["__Host-session"] = planted
        b, status, _, _, _ = login(stack(), browser=b, pid=KARI)
        self.assertEqual(303, status)
        self.assertNotEqual(planted, session_cookie(b))
        attacker = Browser()
        attacker.cookies_for("127.0.0.1:%d" % stack().citizen_port)["__Host-session"] = planted
        self.assertFalse(alive(attacker))
        # A login finishing in a browser that still holds a live session replaces it.
        old = session_cookie(b)
        b2 = Browser()
        _, h, _ = b2.get(portal("/logg-inn"))
        _, _, form_page = b2.get(h["location"])
        _, h, _ = b2.post(stack().issuer + "/authorize/login",
                          {"request": hidden(form_page, "request"), "action": "login", "pid": KARI, "name": "x", "eid": "minid"})
        b2.cookies_for("127.0.0.1:%d" % stack().citizen_port)["__Host-session"] = old
        status, _, _ = b2.get(h["location"])
        self.assertEqual(303, status)
        self.assertNotEqual(old, session_cookie(b2))
        self.assertFalse(alive(b))
        self.assertTrue(audit_rows("session.replaced"))

    def test_cleanup_removes_stale_attempts_and_expired_sessions(self):
        b, _, _, _, _ = login(stack(), pid=KARI)
        Browser().get(portal("/logg-inn"))  # an attempt nobody finishes
        token = session_cookie(b)
        stack().sql_root("UPDATE minside.session SET expires_at = 1 WHERE token_hash = SHA2('%s', 256)" % token)
        stack().sql_root("UPDATE minside.login_attempt SET created_at = 1")
        result = stack().admin("cleanup")
        self.assertEqual(0, result.returncode, result.stderr)
        left = stack().sql_root("SELECT (SELECT COUNT(*) FROM minside.login_attempt) + "
                                "(SELECT COUNT(*) FROM minside.session WHERE expires_at = 1)")
        self.assertEqual("0", left.stdout.strip())

    def test_lawyer_sees_clients_cases(self):
        b, status, _, _, _ = login(stack(), pid=ANNE, eid="bankid")
        _, _, page = b.get(portal("/samtykke"))
        if hidden(page, "csrf"):
            b.post(portal("/samtykke"), {"csrf": hidden(page, "csrf"), "samtykke": "ja"})
        _, _, page = b.get(portal("/saker"))
        self.assertIn("25/00123", page)
        self.assertIn("25/00456", page)
        self.assertIn("Du er fullmektig i saken", page)


if __name__ == "__main__":
    unittest.main()


class ClientSecretTest(unittest.TestCase):
    """The same login with client_secret_basic instead of private_key_jwt (a reload away)."""

    def reload_with(self, auth, secret=None):
        s = stack()
        text = open(s.config_path).read()
        text = re.sub(r"idporten_client_auth = \S+", "idporten_client_auth = " + auth, text)
        if secret is not None:
            with open(s.workdir + "/secrets/idporten_client_secret_wrong", "w") as f:
                f.write(secret + "\n")
            text = text.replace("secrets/idporten_client_secret\n", "secrets/idporten_client_secret_wrong\n")
        else:
            text = text.replace("secrets/idporten_client_secret_wrong\n", "secrets/idporten_client_secret\n")
        before = s.log_text().count("reloaded configuration")
        with open(s.config_path, "w") as f:
            f.write(text)
        s.reload_fcgi()
        deadline = time.monotonic() + 10
        while s.log_text().count("reloaded configuration") == before and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # the old workers finish and leave the socket to the new ones

    def tearDown(self):
        self.reload_with("private_key_jwt")

    def test_login_with_client_secret_basic(self):
        self.reload_with("client_secret_basic")
        _, status, headers, body, _ = login(stack(), pid=KARI)
        self.assertEqual(303, status, body[:300])
        self.assertEqual("/saker", headers["location"])

    def test_wrong_client_secret_refused(self):
        self.reload_with("client_secret_basic", secret="not-the-secret")
        b, status, _, _, _ = login(stack(), pid=KARI)
        self.assertEqual(400, status)
        self.assertIsNone(session_cookie(b))
        self.assertEqual("reason:token_error", audit_rows("login.refused")[-1][2])
