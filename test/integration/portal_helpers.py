"""Shared steps for the citizen-page tests: a logged-in browser with consent given."""
import re

from browser import Browser, hidden, login
from context import stack

KARI = "01017012345"   # party on 25/00123 (open comment request) and 24/00987
OLA = "02028054321"    # party on 25/00456
ANNE = "03039011111"   # lawyer for Kari's 25/00123 and Ola's 25/00456
SIRI = "05059033333"   # blocked


def portal(path):
    return "http://127.0.0.1:%d%s" % (stack().citizen_port, path)


def case_id(case_no):
    out = stack().sql_root("SELECT id FROM minside.kase WHERE case_no = '%s'" % case_no)
    return int(out.stdout.strip())


def document_id(title, case_no):
    out = stack().sql_root("SELECT d.id FROM minside.document d JOIN minside.kase k ON k.id = d.case_id "
                           "WHERE d.title = '%s' AND k.case_no = '%s'" % (title, case_no))
    return int(out.stdout.strip().splitlines()[0])


def comment_request_id(case_no):
    out = stack().sql_root("SELECT c.id FROM minside.comment_request c JOIN minside.kase k ON k.id = c.case_id "
                           "WHERE k.case_no = '%s'" % case_no)
    return int(out.stdout.strip().splitlines()[0])


def sql_value(sql):
    return stack().sql_root(sql).stdout.strip()


def citizen(pid, consent=True, eid="minid"):
    """A browser logged in as pid, with consent given unless consent=False."""
    b, status, headers, body, _ = login(stack(), pid=pid, eid=eid)
    assert status == 303, (status, body[:300])
    if consent:
        status, headers, page = b.get(portal("/saker"))
        if status == 303 and headers["location"] == "/samtykke":
            _, _, page = b.get(portal("/samtykke"))
            status, headers, _ = b.post(portal("/samtykke"), {"csrf": hidden(page, "csrf"), "samtykke": "ja"})
            assert status == 303 and headers["location"] == "/saker", (status, headers)
    return b


def csrf_of(b, path="/saker"):
    _, _, page = b.get(portal(path))
    return hidden(page, "csrf")


def multipart(fields, files):
    """(body, content_type) for fields {name: value} and files [(field, filename, bytes)]."""
    boundary = "----minside-test-boundary-7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields.items():
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n" % (boundary, name)).encode() +
                     value.encode() + b"\r\n")
    for field, filename, data in files:
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                      "Content-Type: application/octet-stream\r\n\r\n" % (boundary, field, filename)).encode() + data + b"\r\n")
    body = b"".join(parts) + ("--%s--\r\n" % boundary).encode()
    return body, "multipart/form-data; boundary=" + boundary


def post_multipart(b, path, fields, files):
    import http.client
    body, ctype = multipart(fields, files)
    jar = b.cookies_for("127.0.0.1:%d" % stack().citizen_port)
    headers = {"Content-Type": ctype, "Cookie": "; ".join("%s=%s" % kv for kv in jar.items())}
    conn = http.client.HTTPConnection("127.0.0.1", stack().citizen_port, timeout=60)
    try:
        conn.request("POST", path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read().decode("utf-8", "replace")
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data
    finally:
        conn.close()


def pdf_bytes(text):
    body = ("%%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%% %s\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n" % text)
    return body.encode()


def files_in_store():
    import os
    count = 0
    for _, _, names in os.walk(stack().file_store):
        count += len([n for n in names if not n.startswith(".")])
    return count
