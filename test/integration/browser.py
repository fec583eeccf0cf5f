"""A minimal browser for the integration tests: a cookie jar per host:port that honours
Max-Age=0 deletion, form posts, and manual redirect following across the portal and
the local ID-porten."""
import http.client
import re
import urllib.parse


class Browser:
    def __init__(self):
        self.jar = {}  # "host:port" -> {name: value}

    def cookies_for(self, netloc):
        return self.jar.setdefault(netloc, {})

    def request(self, method, url, form=None, headers=None):
        u = urllib.parse.urlsplit(url)
        headers = dict(headers or {})
        jar = self.cookies_for(u.netloc)
        if jar:
            headers["Cookie"] = "; ".join("%s=%s" % kv for kv in jar.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        try:
            path = u.path or "/"
            if u.query:
                path += "?" + u.query
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read().decode("utf-8", "replace")
            for name, value in resp.getheaders():
                if name.lower() == "set-cookie":
                    self._store(jar, value)
            hdrs = {}
            for k, v in resp.getheaders():
                hdrs.setdefault(k.lower(), v)
            return resp.status, hdrs, data
        finally:
            conn.close()

    @staticmethod
    def _store(jar, header):
        first, *attrs = [p.strip() for p in header.split(";")]
        name, _, value = first.partition("=")
        if any(a.lower() == "max-age=0" for a in attrs) or value == "":
            jar.pop(name, None)
        else:
            jar[name] = value

    def get(self, url, headers=None):
        return self.request("GET", url, headers=headers)

    def post(self, url, form, headers=None):
        return self.request("POST", url, form=form, headers=headers)

    def follow(self, url, max_hops=10):
        """GET url and follow redirects; returns (status, headers, body, final_url)."""
        for _ in range(max_hops):
            status, headers, body = self.get(url)
            if status not in (301, 302, 303, 307) or "location" not in headers:
                return status, headers, body, url
            url = urllib.parse.urljoin(url, headers["location"])
        raise AssertionError("too many redirects")


def hidden(body, name):
    m = re.search(r'name="%s" value="([^"]*)"' % re.escape(name), body)
    return m.group(1) if m else None


def login(stack, browser=None, pid="01017012345", eid="minid", action="login"):
    """Runs the whole login: portal -> local ID-porten -> login form -> callback.
    Returns (browser, status, headers, body, final_url) of the page the portal answered."""
    b = browser or Browser()
    portal = "http://127.0.0.1:%d" % stack.citizen_port
    status, headers, body = b.get(portal + "/logg-inn")
    assert status == 303, (status, body[:300])
    authorize = headers["location"]
    status, headers, body = b.get(authorize)
    assert status == 200, (status, body[:500])
    form = {"request": hidden(body, "request"), "action": action, "pid": pid, "name": "Test Person", "eid": eid}
    status, headers, body = b.post(stack.issuer + "/authorize/login", form)
    assert status == 303, (status, body[:500])
    callback = headers["location"]
    status, headers, body = b.get(callback)
    return b, status, headers, body, callback
