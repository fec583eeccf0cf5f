#!/usr/bin/env python3
"""Case page benchmark: the case page of a logged-in person (session check, access check,
case + timeline + documents, view recorded) through nginx + FastCGI at 32 connections, against
a plain PHP-FPM page doing the same work through PDO (bench/peer/), measured in the same run.
See bench/README.md.

Usage: python3 bench/run.py --build build --case-page [--workers 4] [--record] [--strict]
       (or python3 bench/case_page.py --build build ... with the same options)
"""
import argparse
import os
import re
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SRCDIR, "test", "harness"))
sys.path.insert(0, os.path.join(SRCDIR, "test", "integration"))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "peer"))
from stack import Stack  # noqa: E402
import context  # noqa: E402  (portal_helpers reads the stack from here)
from run import (record_results, RESULTS, WRK_CONNECTIONS, WRK_THREADS, WrkError, log, machine, utc_now,  # noqa: E402
                 verdict, wrk)
from peer import PhpPeer, ensure_php  # noqa: E402
from cpu_share import ForeignCpu  # noqa: E402

# Targets from the issue.
MIN_RATIO = 1.5       # portal req/s over the PHP-FPM peer's
MAX_P99_MS = 25.0     # portal p99

PERSON = "01017012345"  # Kari Nordmann
CASE_NO = "25/00123"
SESSION_COOKIE = "__Host-session"
WARMUP_S = 2
BENCH_S = 10

LOG_LINE = re.compile(r'"(\S+) (\S+)" (\d{3}) (\d+) ([\d.]+)$')


def get(port, path, cookie):
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Cookie": "%s=%s" % (SESSION_COOKIE, cookie)})
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def log_offset(path):
    return os.path.getsize(path) if os.path.exists(path) else 0


def statuses_since(path, offset, uri):
    """Status counts of the access-log lines for uri written after offset."""
    counts = {}
    with open(path, "rb") as f:
        f.seek(offset)
        for line in f.read().decode("utf-8", "replace").splitlines():
            m = LOG_LINE.search(line)
            if m and m.group(2) == uri:
                counts[int(m.group(3))] = counts.get(int(m.group(3)), 0) + 1
    return counts


def audit_reads(stack):
    return int(stack.sql_root("SELECT COUNT(*) FROM minside.audit WHERE action = 'case.read'").stdout.strip())


def normalise(html):
    return re.sub(r"\s+", " ", html).strip()


def settle(stack):
    """Waits until the requests still in flight when wrk stopped have finished (the count of
    case.read audit rows stops moving); returns that count."""
    last = audit_reads(stack)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = audit_reads(stack)
        if now == last:
            break
        last = now
    return last


def measure(name, url, cookie, access_log, uri, stack):
    """One measured wrk run; the statuses from nginx's access log and the audit rows written.

    When wrk stops it closes its connections with requests still in flight: nginx logs those
    as 499 (client closed the request); the page is still made and the view recorded. Up to
    one per connection is expected; any other status that is not 2xx is an error."""
    before = settle(stack)
    mark = log_offset(access_log)
    log("wrk -t%d -c%d -d%ds --latency: %s ..." % (WRK_THREADS, WRK_CONNECTIONS, BENCH_S, name))
    with ForeignCpu() as fc:
        r = wrk(url, BENCH_S, headers=["Cookie: %s=%s" % (SESSION_COOKIE, cookie)])
    r["foreign"] = fc
    log("  %s" % fc.summary())
    r["audit_rows"] = settle(stack) - before
    r["statuses"] = statuses_since(access_log, mark, uri)
    closed = r["statuses"].get(499, 0)
    r["bad"] = sum(n for s, n in r["statuses"].items() if not 200 <= s < 300 and s != 499)
    if closed > WRK_CONNECTIONS:
        r["bad"] += closed
    return r


def table(portal, php, t):
    def row(label, r):
        return "| %s | %.0f | %.3f | %.3f | %d | %s | %d |" % (
            label, r["rps"], r["p50"], r["p99"], r["requests"],
            ", ".join("%d x%d" % kv for kv in sorted(r["statuses"].items())) or "-", r["audit_rows"])
    return "\n".join([
        "| | req/s | p50 (ms) | p99 (ms) | requests (wrk) | statuses (nginx log) | audit rows written |",
        "|---|---:|---:|---:|---:|---|---:|",
        row("portal: nginx + minside-fcgi", portal),
        row("peer: nginx + PHP-FPM + PDO", php),
        "",
        "(499: requests in flight when wrk closed its connections at the end of the run; at most one per "
        "connection is expected, the view is still recorded.)",
        "",
        "- portal / PHP throughput: **%.2f×** (target >= %.1f×): **%s**"
        % (t["ratio"], MIN_RATIO, verdict(t["ratio_ok"])),
        "- portal p99: **%.3f ms** (target <= %.0f ms): **%s**" % (portal["p99"], MAX_P99_MS, verdict(t["p99_ok"])),
        "- machine load outside the benchmark: portal run: %s; peer run: %s"
        % (portal["foreign"].summary(), php["foreign"].summary()),
    ] + [w for w in (portal["foreign"].warning(), php["foreign"].warning()) if w])


def run(args):
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (make bench installs it via `make deps`)")
    for b in ("minside-fcgi", "minside-admin", "minside-devidp"):
        if not os.access(os.path.join(args.build, b), os.X_OK):
            sys.exit("%s/%s is missing: build first (make build)" % (args.build, b))
    ensure_php(log)
    php_version = os.popen("php -r 'echo PHP_VERSION;' 2>/dev/null").read().strip() or "?"
    nproc, model = machine()
    started = time.monotonic()
    stack = Stack(args.build, workers=args.workers, config_extra={"max_requests": "0"})
    context.STACK = stack
    peer = None
    errors = []
    portal = php = None
    info = {}
    try:
        log("starting the stack (%d workers, max_requests = 0) ..." % args.workers)
        stack.start()
        import portal_helpers
        browser = portal_helpers.citizen(PERSON)
        cookie = browser.cookies_for("127.0.0.1:%d" % stack.citizen_port).get(SESSION_COOKIE)
        if not cookie:
            raise RuntimeError("no %s cookie after the login" % SESSION_COOKIE)
        cid = portal_helpers.case_id(CASE_NO)
        uri = "/saker/%d" % cid
        peer = PhpPeer(stack, log=log)
        info["children"] = peer.children
        log("starting the PHP-FPM peer (%d children, pm = static) and its nginx ..." % peer.children)
        peer.start()

        # Both pages answer 200 with the case before anything is measured.
        for name, port in (("portal", stack.citizen_port), ("peer", peer.port), ("portal", stack.citizen_port)):
            status, body = get(port, uri, cookie)
            if status != 200 or CASE_NO not in body:
                raise RuntimeError("%s GET %s with the session cookie: HTTP %d, %s"
                                   % (name, uri, status, "case number present" if CASE_NO in body else "no case number"))
            info[name] = body
        same = normalise(info["portal"]) == normalise(info["peer"])
        info["sizes"] = (len(info["portal"].encode()), len(info["peer"].encode()))
        info["same"] = same
        log("case page %s: portal %d bytes, PHP peer %d bytes (same HTML up to white space: %s)"
            % (uri, info["sizes"][0], info["sizes"][1], "yes" if same else "no"))

        portal_url = "http://127.0.0.1:%d%s" % (stack.citizen_port, uri)
        php_url = "http://127.0.0.1:%d%s" % (peer.port, uri)
        header = ["Cookie: %s=%s" % (SESSION_COOKIE, cookie)]
        log("warming up (%ds each) ..." % WARMUP_S)
        wrk(portal_url, WARMUP_S, latency=False, headers=header)
        wrk(php_url, WARMUP_S, latency=False, headers=header)
        portal = measure("portal", portal_url, cookie, os.path.join(stack.run, "nginx-access.log"), uri, stack)
        php = measure("PHP-FPM peer", php_url, cookie, peer.access_log, uri, stack)
        for name, r in (("portal", portal), ("PHP-FPM peer", php)):
            if r["bad"]:
                errors.append("%s: %d responses were not 2xx: %s" % (name, r["bad"], r["statuses"]))
        if errors:
            errors += peer.errors_text()
    except (WrkError, RuntimeError, OSError) as e:
        errors.append("%s: %s" % (type(e).__name__, e))
        if peer:
            errors += peer.errors_text()
    finally:
        if peer:
            peer.stop()
        stack.stop()

    if portal is None or php is None:
        log("ERROR: the case page benchmark did not complete:")
        for line in errors:
            log(line)
        return 2

    t = {"ratio": portal["rps"] / php["rps"] if php["rps"] else float("inf")}
    t["ratio_ok"] = t["ratio"] >= MIN_RATIO
    t["p99_ok"] = portal["p99"] <= MAX_P99_MS
    text = table(portal, php, t)
    log("")
    log(text)
    log("")
    if errors:
        log("ERRORS:")
        for line in errors:
            log(line)
    log("case page benchmark took %.0f s" % (time.monotonic() - started))

    if args.record:
        sections = [
            "", "## %s — case page" % utc_now(), "",
            "Machine: %d CPUs, %s. wrk -t%d -c%d -d%ds --latency with the `%s` cookie of a logged-in "
            "person with consent (%s), `GET /saker/<id>` of case %s, after %d s of warm-up each. "
            "Portal: %d workers, max_requests = 0. Peer: `bench/peer/case.php` on PHP %s (Debian php-fpm, "
            "opcache on), pm = static with %d children, PDO (emulated prepares, persistent connection) to the "
            "same MariaDB as the web account, behind its own nginx (1 worker process). Both record the view "
            "(case_view upsert + audit row) on every request. Page size: portal %d bytes, peer %d bytes "
            "(same HTML up to white space: %s)."
            % (nproc, model, WRK_THREADS, WRK_CONNECTIONS, BENCH_S, SESSION_COOKIE, PERSON, CASE_NO, WARMUP_S,
               args.workers, php_version, info["children"], info["sizes"][0], info["sizes"][1],
               "yes" if info["same"] else "no"),
            "", text]
        if errors:
            sections += ["", "Errors:", "", "```"] + errors + ["```"]
        record_results(sections)

    if errors:
        return 2
    if not (t["ratio_ok"] and t["p99_ok"]) and args.strict:
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="build directory with minside-fcgi, -admin and -devidp")
    ap.add_argument("--workers", type=int, default=4, help="FastCGI workers (default 4)")
    ap.add_argument("--record", action="store_true", help="append the results to bench/RESULTS.md")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    return run(ap.parse_args())


if __name__ == "__main__":
    sys.exit(main())
