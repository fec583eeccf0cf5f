#!/usr/bin/env python3
"""Login benchmark: full ID-porten logins (portal /logg-inn -> minside-devidp /authorize ->
login form -> POST /authorize/login -> portal /logg-inn/callback -> token request, RS256
id_token check, pilot gate, session -> 303 /saker) against a private stack. See bench/README.md.

Usage: python3 bench/run.py --build build --login [--threads 8] [--seconds 15]
                                                  [--sequential 200] [--record] [--strict]
       (or python3 bench/login.py --build build ... with the same options)
"""
import argparse
import os
import re
import sys
import threading
import time
import traceback
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SRCDIR, "test", "harness"))
sys.path.insert(0, os.path.join(SRCDIR, "test", "integration"))
sys.path.insert(0, HERE)
from stack import Stack  # noqa: E402
from browser import Browser, login as full_login  # noqa: E402
from run import record_results, RESULTS, log, machine, utc_now, verdict  # noqa: E402

# Target from the issue: the portal's share of a login (the callback) under 5 ms at p99,
# checked against the sequential (uncontended) run.
MAX_CALLBACK_P99_MS = 5.0

PILOT_PID = "01017012345"     # Kari Nordmann, demo pilot person
WARMUP_S = 5                  # sequential logins before measuring: the callback's tail only
                              # settles after a few hundred logins on a fresh stack
SEQUENTIAL_MAX_S = 30         # bound on the sequential run
DRAIN_S = 40                  # bound on waiting for in-flight logins after the concurrent run
STEPS = ["/logg-inn", "/authorize", "/authorize/login", "/logg-inn/callback"]
MAX_ERROR_SAMPLES = 10


class TimingBrowser(Browser):
    """A Browser that times every request, client-side, by path (one HTTP/1.1 request on a new
    loopback connection each: connect, send, read the whole response)."""

    def __init__(self):
        super().__init__()
        self.times = {}  # path -> ms (the last request to that path)

    def request(self, method, url, form=None, headers=None):
        t0 = time.perf_counter()
        try:
            return super().request(method, url, form=form, headers=headers)
        finally:
            self.times[urllib.parse.urlsplit(url).path] = (time.perf_counter() - t0) * 1000.0


def describe(status, body):
    m = re.search(r"<title>(.*?)</title>", body or "", re.S)
    return "HTTP %s%s" % (status, " (%s)" % m.group(1).strip() if m else "")


def one_login(stack):
    """One full login with a fresh browser. Returns (ok, timings or None, error text or None);
    an error text reads "<step>: <what>", e.g. "GET /logg-inn: HTTP 500 (...)"."""
    b = TimingBrowser()
    t0 = time.perf_counter()
    try:
        _, status, headers, body, _ = full_login(stack, browser=b, pid=PILOT_PID)
    except Exception as e:  # an AssertionError (status, body) from login(), or a connection error
        step = STEPS[max(0, len(b.times) - 1)]  # the failing request is timed too
        method = "POST" if step == "/authorize/login" else "GET"
        if isinstance(e, AssertionError) and e.args and isinstance(e.args[0], tuple) and len(e.args[0]) == 2:
            what = describe(*e.args[0])
        else:
            what = "%s: %s" % (type(e).__name__, str(e)[:200])
        return False, None, "%s %s: %s" % (method, step, what)
    total = (time.perf_counter() - t0) * 1000.0
    if status != 303 or headers.get("location") != "/saker":
        return False, None, "GET /logg-inn/callback: %s, location %r" % (describe(status, body), headers.get("location"))
    t = {step: b.times.get(step) for step in STEPS}
    t["total"] = total
    return True, t, None


class Result:
    def __init__(self, name):
        self.name = name
        self.samples = []   # dicts from one_login
        self.errors = 0
        self.error_kinds = {}  # error text -> count
        self.seconds = 0.0
        self.lock = threading.Lock()

    def add(self, ok, t, err):
        with self.lock:
            if ok:
                self.samples.append(t)
            else:
                self.errors += 1
                self.error_kinds[err] = self.error_kinds.get(err, 0) + 1

    def series(self, key):
        return sorted(s[key] for s in self.samples)

    @property
    def rate(self):
        return len(self.samples) / self.seconds if self.seconds > 0 else 0.0


def pct(sorted_values, p):
    """Nearest-rank percentile."""
    if not sorted_values:
        return float("nan")
    k = max(1, int(-(-p * len(sorted_values) // 100)))  # ceil(p/100 * n)
    return sorted_values[min(k, len(sorted_values)) - 1]


def run_sequential(stack, count):
    r = Result("sequential, 1 thread")
    t0 = time.monotonic()
    for _ in range(count):
        if time.monotonic() - t0 > SEQUENTIAL_MAX_S:
            break
        r.add(*one_login(stack))
    r.seconds = time.monotonic() - t0
    r.planned = count
    return r


def run_concurrent(stack, threads, seconds):
    r = Result("%d threads, %d s" % (threads, seconds))
    stop = threading.Event()

    def worker():
        while not stop.is_set():
            try:
                r.add(*one_login(stack))
            except Exception:
                r.add(False, None, "client: " + traceback.format_exc(limit=1).strip().splitlines()[-1])

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    t0 = time.monotonic()
    for t in pool:
        t.start()
    time.sleep(seconds)
    stop.set()
    deadline = time.monotonic() + DRAIN_S
    for t in pool:
        t.join(max(0.0, deadline - time.monotonic()))
    r.seconds = time.monotonic() - t0
    r.stuck = sum(1 for t in pool if t.is_alive())
    return r


# ---- reporting ----------------------------------------------------------------------
def result_table(results):
    lines = ["| run | logins | errors | logins/s | callback p50 (ms) | callback p95 (ms) | callback p99 (ms) "
             "| full login p50 (ms) | full login p99 (ms) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        cb, full = r.series("/logg-inn/callback"), r.series("total")
        lines.append("| %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |" % (
            r.name, len(r.samples), r.errors, r.rate, pct(cb, 50), pct(cb, 95), pct(cb, 99),
            pct(full, 50), pct(full, 99)))
    return "\n".join(lines)


def steps_table(results):
    names = {"/logg-inn": "portal `GET /logg-inn`", "/authorize": "devidp `GET /authorize` (login page)",
             "/authorize/login": "devidp `POST /authorize/login`",
             "/logg-inn/callback": "portal `GET /logg-inn/callback`"}
    head = "| step | " + " | ".join("%s p50 / p99 (ms)" % r.name for r in results) + " |"
    lines = [head, "|---|" + "---:|" * len(results)]
    for step in STEPS:
        cells = []
        for r in results:
            s = r.series(step)
            cells.append("%.2f / %.2f" % (pct(s, 50), pct(s, 99)))
        lines.append("| %s | %s |" % (names[step], " | ".join(cells)))
    return "\n".join(lines)


def nginx_callback_times(path, offset):
    """nginx's $request_time (seconds, ms resolution) of the callbacks logged after offset."""
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return []
    return sorted(float(m.group(1)) * 1000.0
                  for m in re.finditer(r'"GET /logg-inn/callback" \d+ \d+ ([\d.]+)$', text, re.M))


def summary(seq, conc):
    seq_p99 = pct(seq.series("/logg-inn/callback"), 99)
    conc_p99 = pct(conc.series("/logg-inn/callback"), 99)
    ok = bool(seq.samples) and seq_p99 < MAX_CALLBACK_P99_MS and seq.errors == 0
    lines = [
        "- full login round trips per second (%s): **%.1f logins/s**" % (conc.name, conc.rate),
        "- portal's share of a login, p99 of the callback request, sequential run: **%.2f ms** "
        "(target < %.0f ms, checked against the sequential run): **%s**"
        % (seq_p99, MAX_CALLBACK_P99_MS, verdict(ok)),
        "- the same seen by nginx (`$request_time` in its access log, 1 ms resolution; no client "
        "or TCP connect), sequential run: p50 %.0f ms, p99 %.0f ms"
        % (pct(getattr(seq, "nginx", []), 50), pct(getattr(seq, "nginx", []), 99)),
        "- the same under %s (includes queueing for the %d CPUs and for the single-process "
        "devidp; not the target figure): %.2f ms" % (conc.name, os.cpu_count() or 1, conc_p99),
        "- errors: %d sequential, %d concurrent%s" % (
            seq.errors, conc.errors, "" if not (seq.errors or conc.errors) else " — **FAILED**"),
    ]
    if getattr(conc, "stuck", 0):
        lines.append("- %d threads were still in a login %d s after the end of the concurrent run"
                     % (conc.stuck, DRAIN_S))
    return "\n".join(lines), ok


NOTE = ("The callback time is measured client-side around the single `GET /logg-inn/callback` "
        "(new loopback TCP connection, through nginx). It includes the portal's token request "
        "to devidp (private_key_jwt), devidp's work on it (code check, signing the id_token), "
        "the RS256 signature check, the pilot-gate queries and the session insert.")


def log_problems(path, n=30):
    """The last n lines of a minside log at syslog priority warning or worse ("<0>".."<4>"),
    plus any line that mentions an error, deadlock, timeout or refusal."""
    keys = ("error", "warn", "deadlock", "refused", "unavailable", "fail", "timeout", "crit", "emerg", "alert")
    try:
        with open(path, errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return ["(%s: not readable)" % path]
    picked = [l for l in lines if re.match(r"<[0-4]>", l) or any(k in l.lower() for k in keys)]
    return picked[-n:]


def innodb_deadlock(stack):
    """A compact summary of InnoDB's LATEST DETECTED DEADLOCK, if there is one."""
    p = stack.sql_root("SHOW ENGINE INNODB STATUS", check=False)
    text = p.stdout.replace("\\n", "\n")
    start = text.find("LATEST DETECTED DEADLOCK")
    if start < 0:
        return []
    end = text.find("\nTRANSACTIONS\n", start)
    out = ["---- MariaDB SHOW ENGINE INNODB STATUS, latest detected deadlock (summary):"]
    for line in text[start:end if end > 0 else None].splitlines():
        line = line.strip()
        if line.startswith("***") or re.match(r"(DELETE|INSERT|SELECT|UPDATE|REPLACE) ", line):
            out.append(line)
        elif line.startswith("RECORD LOCKS"):
            m = re.search(r"(index \S+ of table \S+) trx id \d+ (.*)", line)
            out.append("  " + (("%s: %s" % m.groups()) if m else line))
        elif re.match(r"\d{4}-\d\d-\d\d \d", line):
            out.append(line)
    return out


def error_report(stack, results):
    out = []
    for r in results:
        for e, n in sorted(r.error_kinds.items(), key=lambda kv: -kv[1])[:MAX_ERROR_SAMPLES]:
            out.append("[%s] %d x %s" % (r.name, n, e))
    for label, path in (("minside-fcgi log", stack.fcgi_log), ("minside-devidp log", stack.idp_log),
                        ("nginx error log", os.path.join(stack.run, "nginx-error.log"))):
        out.append("---- %s, warnings and errors (last 30):" % label)
        out += log_problems(path)
    out += innodb_deadlock(stack)
    return out


# ---- entry points -------------------------------------------------------------------
def add_arguments(ap):
    ap.add_argument("--threads", type=int, default=8, help="concurrent login threads (default 8)")
    ap.add_argument("--seconds", type=int, default=15, help="length of the concurrent run (default 15)")
    ap.add_argument("--sequential", type=int, default=200, help="logins in the sequential run (default 200)")


def run(args):
    for b in ("minside-fcgi", "minside-admin", "minside-devidp"):
        if not os.access(os.path.join(args.build, b), os.X_OK):
            sys.exit("%s/%s is missing: build first (make build)" % (args.build, b))
    nproc, model = machine()
    started = time.monotonic()
    stack = Stack(args.build, workers=args.workers, config_extra={"max_requests": "0"})
    errors_text = []
    try:
        log("starting the stack (%d workers, max_requests = 0) ..." % args.workers)
        stack.start()
        ok, _, err = one_login(stack)
        if not ok:
            log("ERROR: the first login failed: " + err)
            for line in error_report(stack, []):
                log(line)
            return 2
        log("warm-up: sequential logins for %d s ..." % WARMUP_S)
        warm = Result("warm-up")
        t0 = time.monotonic()
        while time.monotonic() - t0 < WARMUP_S:
            warm.add(*one_login(stack))
        log("warm-up: %d logins, %d errors" % (len(warm.samples), warm.errors))
        log("sequential: %d logins, 1 thread ..." % args.sequential)
        access_log = os.path.join(stack.run, "nginx-access.log")
        mark = os.path.getsize(access_log) if os.path.exists(access_log) else 0
        seq = run_sequential(stack, args.sequential)
        seq.nginx = nginx_callback_times(access_log, mark)
        log("concurrent: %d threads for %d s ..." % (args.threads, args.seconds))
        conc = run_concurrent(stack, args.threads, args.seconds)
        sessions = stack.sql_root("SELECT COUNT(*) FROM minside.session", check=False).stdout.strip()
        if seq.errors or conc.errors:
            errors_text = error_report(stack, [seq, conc])
    finally:
        stack.stop()

    results = [seq, conc]
    text, target_ok = summary(seq, conc)
    log("")
    log(result_table(results))
    log("")
    log("Per step, client-side:")
    log("")
    log(steps_table(results))
    log("")
    log(text)
    log("")
    log(NOTE)
    if seq.samples and len(seq.samples) < getattr(seq, "planned", 0):
        log("(sequential run stopped after %d s with %d of %d logins)"
            % (SEQUENTIAL_MAX_S, len(seq.samples) + seq.errors, seq.planned))
    log("sessions in the database at the end: %s" % sessions)
    if errors_text:
        log("")
        log("ERRORS:")
        for line in errors_text:
            log(line)
    log("login benchmark took %.0f s" % (time.monotonic() - started))

    if args.record:
        sections = [
            "", "## %s — login" % utc_now(), "",
            "Machine: %d CPUs, %s. %d workers, max_requests = 0, one minside-devidp process. "
            "Full logins as the demo pilot person (%s), a fresh cookie jar for each, from Python "
            "(http.client, one connection per request) on the same machine, after %d s of sequential warm-up logins. "
            "Sequential: %d logins, 1 thread. Concurrent: %d threads for %d s."
            % (nproc, model, args.workers, PILOT_PID, WARMUP_S, args.sequential, args.threads, args.seconds),
            "", result_table(results), "", "Per step, client-side:", "", steps_table(results), "",
            text, "", NOTE]
        if errors_text:
            sections += ["", "Errors (samples and log lines):", "", "```"] + errors_text + ["```"]
        record_results(sections)

    if seq.errors or conc.errors:
        return 2
    if not target_ok and args.strict:
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="build directory with minside-fcgi, -admin and -devidp")
    ap.add_argument("--workers", type=int, default=4, help="FastCGI workers (default 4)")
    ap.add_argument("--record", action="store_true", help="append the results to bench/RESULTS.md")
    ap.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    add_arguments(ap)
    return run(ap.parse_args())


if __name__ == "__main__":
    sys.exit(main())
