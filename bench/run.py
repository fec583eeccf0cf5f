#!/usr/bin/env python3
"""`make bench`: the front page through nginx + FastCGI against nginx serving the same bytes
as a static file, and worker RSS over 100,000 requests. Optionally (--valgrind) a short
memcheck run of minside-fcgi. See bench/README.md.

Usage: python3 bench/run.py --build build [--workers 4] [--record] [--strict] [--valgrind]

With --login, runs the login benchmark (bench/login.py) instead:
       python3 bench/run.py --build build --login [--threads 8] [--seconds 15] [--sequential 200]
                                                  [--record] [--strict]
With --case-page, the case page against a PHP-FPM peer (bench/case_page.py, bench/peer/):
       python3 bench/run.py --build build --case-page [--workers 4] [--record] [--strict]
With --upload, 20 MB uploads: throughput and worker memory (bench/upload.py):
       python3 bench/run.py --build build --upload [--uploads 5] [--record] [--strict]
"""
import argparse
import datetime
import glob
import http.client
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SRCDIR, "test", "harness"))
from stack import Stack, wait_for  # noqa: E402

RESULTS = os.path.join(HERE, "RESULTS.md")

# Targets from the issue.
MIN_RATIO_PCT = 25.0      # FastCGI throughput as a share of static
MAX_P99_MS = 10.0         # FastCGI p99 latency
MAX_RSS_GROWTH_KB = 1024  # per worker over RSS_REQUESTS
RSS_REQUESTS = 100_000

WRK_THREADS = 1
WRK_CONNECTIONS = 32
WARMUP_S = 2
BENCH_S = 10
RSS_MAX_SECONDS = 100     # bound on the RSS drive, so the run stays under 3 minutes

VALGRIND_REQUESTS = 500
VALGRIND_PATHS = ["/", "/personvern", "/tilgjengelighet", "/nope"]


def log(msg):
    print(msg, flush=True)


# ---- wrk -------------------------------------------------------------------------
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}



def record_results(sections):
    """Appends one dated section (a list of lines) to bench/RESULTS.md."""
    new = not os.path.exists(RESULTS)
    with open(RESULTS, "a") as f:
        if new:
            f.write("# Benchmark results\n\nAppended by `python3 bench/run.py --record`; newest last.\n")
        f.write("\n".join(sections) + "\n")
    log("recorded in %s" % RESULTS)

def to_ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    if not m:
        raise ValueError("unparsable wrk latency %r" % text)
    return float(m.group(1)) * UNIT_MS[m.group(2)]


def parse_wrk(out):
    r = {"rps": None, "p50": None, "p99": None, "requests": None,
         "socket_errors": 0, "non2xx": 0, "raw": out}
    m = re.search(r"^Requests/sec:\s*([\d.]+)", out, re.M)
    if m:
        r["rps"] = float(m.group(1))
    m = re.search(r"^\s*(\d+) requests in ", out, re.M)
    if m:
        r["requests"] = int(m.group(1))
    dist = out.split("Latency Distribution", 1)
    if len(dist) == 2:
        for pct, val in re.findall(r"^\s*(\d+)%\s+(\S+)", dist[1], re.M):
            if pct == "50":
                r["p50"] = to_ms(val)
            elif pct == "99":
                r["p99"] = to_ms(val)
    m = re.search(r"Socket errors:\s*connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        r["socket_errors"] = sum(int(x) for x in m.groups())
        r["socket_errors_text"] = m.group(0)
    m = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out)
    if m:
        r["non2xx"] = int(m.group(1))
    return r


class WrkError(RuntimeError):
    pass


def wrk(url, seconds, latency=True, headers=()):
    cmd = ["wrk", "-t%d" % WRK_THREADS, "-c%d" % WRK_CONNECTIONS, "-d%ds" % seconds]
    if latency:
        cmd.append("--latency")
    for h in headers:
        cmd += ["-H", h]
    cmd.append(url)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    if p.returncode != 0:
        raise WrkError("wrk failed (%d): %s%s" % (p.returncode, p.stdout, p.stderr))
    r = parse_wrk(p.stdout)
    if r["socket_errors"] or r["non2xx"]:
        raise WrkError("wrk reported errors against %s (%s; non-2xx/3xx: %d):\n%s"
                       % (url, r.get("socket_errors_text", "socket errors 0"), r["non2xx"], p.stdout))
    if r["rps"] is None or r["requests"] is None or (latency and (r["p50"] is None or r["p99"] is None)):
        raise WrkError("could not parse wrk output:\n" + p.stdout)
    return r


# ---- helpers ---------------------------------------------------------------------
def fetch(port, path, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def vmrss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS for pid %d" % pid)


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return os.cpu_count(), model


def utc_now():
    try:
        return subprocess.run(["date", "-u"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return datetime.datetime.now(datetime.timezone.utc).strftime("%a %b %d %H:%M:%S UTC %Y")


def verdict(ok):
    return "PASS" if ok else "MISS"


# ---- the throughput / latency comparison ------------------------------------------
def throughput(stack):
    status, body = fetch(stack.citizen_port, "/")
    if status != 200:
        raise RuntimeError("front page returned %d" % status)
    copy = os.path.join(stack.run, "static-copy")
    os.makedirs(copy, exist_ok=True)
    with open(os.path.join(copy, "index.html"), "wb") as f:
        f.write(body)
    s_status, s_body = fetch(stack.static_port, "/")
    if s_status != 200 or len(s_body) != len(body):
        raise RuntimeError("static copy returned %d with %d bytes (front page: %d bytes)"
                           % (s_status, len(s_body), len(body)))
    log("front page: %d bytes (static copy identical: %s)" % (len(body), s_body == body))

    static_url = "http://127.0.0.1:%d/" % stack.static_port
    fcgi_url = "http://127.0.0.1:%d/" % stack.citizen_port
    log("warming up (%ds each) ..." % WARMUP_S)
    wrk(static_url, WARMUP_S, latency=False)
    wrk(fcgi_url, WARMUP_S, latency=False)
    log("wrk -t%d -c%d -d%ds --latency: static ..." % (WRK_THREADS, WRK_CONNECTIONS, BENCH_S))
    static = wrk(static_url, BENCH_S)
    log("wrk -t%d -c%d -d%ds --latency: fastcgi ..." % (WRK_THREADS, WRK_CONNECTIONS, BENCH_S))
    fcgi = wrk(fcgi_url, BENCH_S)
    ratio = 100.0 * fcgi["rps"] / static["rps"]
    return {"bytes": len(body), "static": static, "fcgi": fcgi, "ratio": ratio,
            "ratio_ok": ratio >= MIN_RATIO_PCT, "p99_ok": fcgi["p99"] <= MAX_P99_MS}


def throughput_table(t):
    s, f = t["static"], t["fcgi"]
    lines = [
        "| | req/s | p50 (ms) | p99 (ms) |",
        "|---|---:|---:|---:|",
        "| nginx static copy | %.0f | %.3f | %.3f |" % (s["rps"], s["p50"], s["p99"]),
        "| nginx + FastCGI (`/`) | %.0f | %.3f | %.3f |" % (f["rps"], f["p50"], f["p99"]),
        "",
        "- FastCGI / static throughput: **%.1f%%** (target >= %.0f%%): **%s**"
        % (t["ratio"], MIN_RATIO_PCT, verdict(t["ratio_ok"])),
        "- FastCGI p99: **%.3f ms** (target <= %.0f ms): **%s**"
        % (f["p99"], MAX_P99_MS, verdict(t["p99_ok"])),
    ]
    return "\n".join(lines)


# ---- worker RSS over 100k requests ------------------------------------------------
def rss_growth(stack, expected_rps):
    fcgi_url = "http://127.0.0.1:%d/" % stack.citizen_port
    pids = sorted(stack.worker_pids())
    before = {p: vmrss_kb(p) for p in pids}
    total = 0
    runs = 0
    started = time.monotonic()
    while total < RSS_REQUESTS:
        elapsed = time.monotonic() - started
        if elapsed >= RSS_MAX_SECONDS:
            break
        rate = max(expected_rps, 100.0)
        seconds = int(math.ceil((RSS_REQUESTS - total) / rate * 1.15)) + 1
        seconds = max(2, min(seconds, int(RSS_MAX_SECONDS - elapsed) + 1))
        log("RSS drive: wrk -c%d -d%ds (%d/%d requests so far) ..." % (WRK_CONNECTIONS, seconds, total, RSS_REQUESTS))
        r = wrk(fcgi_url, seconds, latency=False)
        total += r["requests"]
        expected_rps = r["rps"]
        runs += 1
    after_pids = sorted(stack.worker_pids())
    after = {}
    for p in pids:
        try:
            after[p] = vmrss_kb(p)
        except (OSError, RuntimeError):
            after[p] = None  # the worker is gone
    growth = [after[p] - before[p] for p in pids if after[p] is not None]
    max_growth = max(growth) if growth else None
    replaced = after_pids != pids
    ok = (total >= RSS_REQUESTS and not replaced and max_growth is not None
          and max_growth <= MAX_RSS_GROWTH_KB)
    return {"pids": pids, "before": before, "after": after, "total": total, "runs": runs,
            "max_growth": max_growth, "replaced": replaced, "after_pids": after_pids, "ok": ok}


def rss_table(r):
    lines = ["| worker pid | VmRSS before (kB) | VmRSS after (kB) | growth (kB) |",
             "|---:|---:|---:|---:|"]
    for p in r["pids"]:
        a = r["after"][p]
        lines.append("| %d | %d | %s | %s |" % (p, r["before"][p], "gone" if a is None else a,
                                               "-" if a is None else "%+d" % (a - r["before"][p])))
    lines.append("")
    lines.append("- requests driven between the readings: %d (%d wrk run%s)"
                 % (r["total"], r["runs"], "" if r["runs"] == 1 else "s"))
    if r["total"] < RSS_REQUESTS:
        lines.append("- only %d of %d requests fitted in %d s" % (r["total"], RSS_REQUESTS, RSS_MAX_SECONDS))
    if r["replaced"]:
        lines.append("- worker set changed during the drive: %s -> %s" % (r["pids"], r["after_pids"]))
    lines.append("- max growth per worker: **%s kB** (target <= %d kB, i.e. flat): **%s**"
                 % ("n/a" if r["max_growth"] is None else "%+d" % r["max_growth"],
                    MAX_RSS_GROWTH_KB, verdict(r["ok"])))
    return "\n".join(lines)


# ---- valgrind -------------------------------------------------------------------
class ValgrindStack(Stack):
    """A Stack whose start_fcgi() can launch minside-fcgi under valgrind memcheck."""

    under_valgrind = False

    def start_fcgi(self):
        if not self.under_valgrind:
            return super().start_fcgi()
        log_file = open(self.fcgi_log, "a")
        cmd = ["valgrind", "--leak-check=full", "--trace-children=yes", "--child-silent-after-fork=no",
               "--error-exitcode=99", "--log-file=" + os.path.join(self.run, "valgrind.%p.log"),
               os.path.join(self.build, "minside-fcgi"), "--config", self.config_path]
        self.fcgi = subprocess.Popen(cmd, stdout=log_file, stderr=log_file)
        wait_for(lambda: os.path.exists(self.fcgi_socket) and len(self.worker_pids()) >= self.workers,
                 120, "minside-fcgi workers under valgrind")


def ensure_valgrind():
    if shutil.which("valgrind"):
        return
    log("valgrind is not installed; installing it with apt-get ...")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "valgrind"], check=True)


def valgrind_run(build):
    ensure_valgrind()
    stack = ValgrindStack(build, workers=1, config_extra={"max_requests": "0"})
    result = {}
    try:
        log("valgrind: starting a stack with 1 worker ...")
        stack.start()
        stack.stop_fcgi()
        if os.path.exists(stack.fcgi_socket):
            os.unlink(stack.fcgi_socket)
        stack.under_valgrind = True
        log("valgrind: restarting minside-fcgi under memcheck ...")
        stack.start_fcgi()
        master_pid = stack.fcgi.pid
        wait_for(lambda: fetch(stack.citizen_port, "/health", timeout=60)[0] == 200, 120, "/health under valgrind")
        statuses = {}
        t0 = time.monotonic()
        for i in range(VALGRIND_REQUESTS):
            path = VALGRIND_PATHS[i % len(VALGRIND_PATHS)]
            status, _ = fetch(stack.citizen_port, path, timeout=60)
            statuses.setdefault(path, {}).setdefault(status, 0)
            statuses[path][status] += 1
        took = time.monotonic() - t0
        log("valgrind: %d requests in %.1f s; SIGTERM to the master ..." % (VALGRIND_REQUESTS, took))
        stack.fcgi.send_signal(signal.SIGTERM)
        try:
            rc = stack.fcgi.wait(120)
        except subprocess.TimeoutExpired:
            stack.fcgi.kill()
            rc = stack.fcgi.wait()
        stack.fcgi = None
        logs = []
        for path in sorted(glob.glob(os.path.join(stack.run, "valgrind.*.log"))):
            text = open(path, errors="replace").read()
            pid = int(re.search(r"valgrind\.(\d+)\.log$", path).group(1))
            role = "master" if pid == master_pid else "worker"
            lost = re.findall(r"definitely lost: .*", text)
            summ = re.findall(r"ERROR SUMMARY: .*", text)
            usage = re.findall(r"total heap usage: .*", text)
            logs.append({"path": path, "pid": pid, "role": role,
                         "definitely_lost": lost[-1] if lost else "(no leak summary: no leaks or not reached)",
                         "error_summary": summ[-1] if summ else "(missing: process did not finish)",
                         "heap_usage": usage[-1] if usage else "(no heap summary)",
                         "text": text})
        result = {"statuses": statuses, "exit_code": rc, "logs": logs, "seconds": took}
    finally:
        stack.stop()
    return result


def valgrind_report(v):
    lines = ["- %d requests (%s), status counts: %s" % (
        VALGRIND_REQUESTS, ", ".join(VALGRIND_PATHS),
        "; ".join("%s %s" % (p, ",".join("%d x%d" % (s, n) for s, n in sorted(c.items())))
                  for p, c in v["statuses"].items())),
             "- master exit code after SIGTERM: %s (99 = valgrind found errors)" % v["exit_code"]]
    for l in v["logs"]:
        lines.append("- %s pid %d: `%s`; `%s`; `%s`" % (l["role"], l["pid"], l["error_summary"],
                                                       l["definitely_lost"], l["heap_usage"]))
    return "\n".join(lines)


def valgrind_clean(v):
    if v["exit_code"] != 0:
        return False
    for l in v["logs"]:
        if not l["error_summary"].startswith("ERROR SUMMARY: 0 errors"):
            return False
        if "definitely lost: 0 bytes" not in l["definitely_lost"] and "no leak summary" not in l["definitely_lost"]:
            return False
    return True


# ---- main -----------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="build directory with minside-fcgi and minside-admin")
    ap.add_argument("--workers", type=int, default=4, help="FastCGI workers (default 4)")
    ap.add_argument("--record", action="store_true", help="append the results to bench/RESULTS.md")
    ap.add_argument("--strict", action="store_true", help="exit non-zero when a target is missed")
    ap.add_argument("--valgrind", action="store_true", help="also run a short memcheck of minside-fcgi")
    ap.add_argument("--login", action="store_true",
                    help="run the login benchmark (bench/login.py) instead of the front-page one")
    ap.add_argument("--case-page", action="store_true",
                    help="run the case page benchmark against the PHP-FPM peer (bench/case_page.py) instead")
    ap.add_argument("--upload", action="store_true",
                    help="run the 20 MB upload benchmark (bench/upload.py) instead")
    sys.path.insert(0, HERE)
    import login as login_bench  # bench/login.py
    import upload as upload_bench  # bench/upload.py
    login_bench.add_arguments(ap)
    upload_bench.add_arguments(ap)
    args = ap.parse_args()
    chosen = [f for f, on in (("--login", args.login), ("--case-page", args.case_page), ("--upload", args.upload)) if on]
    if len(chosen) > 1:
        sys.exit("choose one of %s" % ", ".join(chosen))
    if chosen and args.valgrind:
        sys.exit("--valgrind does not apply to %s" % chosen[0])
    if args.login:
        return login_bench.run(args)
    if args.case_page:
        import case_page as case_page_bench  # bench/case_page.py
        return case_page_bench.run(args)
    if args.upload:
        if args.workers != 4:
            log("note: --upload always uses 1 worker (--workers is ignored)")
        return upload_bench.run(args)

    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (make bench installs it via `make deps`)")
    for b in ("minside-fcgi", "minside-admin"):
        if not os.access(os.path.join(args.build, b), os.X_OK):
            sys.exit("%s/%s is missing: build first (make build)" % (args.build, b))

    nproc, model = machine()
    started = time.monotonic()
    stack = Stack(args.build, workers=args.workers, config_extra={"max_requests": "0"})
    t = r = None
    try:
        log("starting the stack (%d workers, max_requests = 0) ..." % args.workers)
        stack.start()
        t = throughput(stack)
        log("")
        log(throughput_table(t))
        log("")
        r = rss_growth(stack, t["fcgi"]["rps"])
        log("")
        log(rss_table(r))
        log("")
    except WrkError as e:
        log("ERROR: " + str(e))
        return 2
    finally:
        stack.stop()
    log("benchmark took %.0f s" % (time.monotonic() - started))

    v = None
    if args.valgrind:
        v = valgrind_run(args.build)
        log("")
        log("valgrind memcheck:")
        log(valgrind_report(v))
        log("valgrind: %s" % ("clean" if valgrind_clean(v) else "NOT clean (see the logs above)"))

    if args.record:
        sections = ["", "## %s" % utc_now(), "",
                    "Machine: %d CPUs, %s. %d workers, max_requests = 0, wrk -t%d -c%d -d%ds --latency, "
                    "front page %d bytes." % (nproc, model, args.workers, WRK_THREADS, WRK_CONNECTIONS,
                                              BENCH_S, t["bytes"]),
                    "", throughput_table(t), "", "Worker RSS over %d requests:" % RSS_REQUESTS, "", rss_table(r)]
        if v is not None:
            sections += ["", "valgrind memcheck (1 worker, --leak-check=full --trace-children=yes): %s"
                         % ("clean" if valgrind_clean(v) else "NOT clean"), "", valgrind_report(v)]
        record_results(sections)

    missed = not (t["ratio_ok"] and t["p99_ok"] and r["ok"])
    if v is not None and not valgrind_clean(v):
        missed = True
    if missed and args.strict:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
