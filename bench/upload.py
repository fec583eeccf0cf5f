#!/usr/bin/env python3
"""Upload benchmark: a 20 MB file sent to the case page's upload form (POST /saker/<id>/send,
multipart) through nginx + FastCGI. Records the throughput of sequential uploads, and the
worker's peak memory during one upload against the body size, and whether its memory goes back
to the baseline afterwards. See bench/README.md.

Usage: python3 bench/run.py --build build --upload [--uploads 5] [--record] [--strict]
       (or python3 bench/upload.py --build build ... with the same options)
"""
import argparse
import http.client
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SRCDIR, "test", "harness"))
sys.path.insert(0, os.path.join(SRCDIR, "test", "integration"))
sys.path.insert(0, HERE)
from stack import Stack  # noqa: E402
import context  # noqa: E402  (portal_helpers reads the stack from here)
from run import record_results, RESULTS, log, machine, utc_now, verdict  # noqa: E402
from cpu_share import ForeignCpu  # noqa: E402

# Targets from the issue.
MAX_PEAK_RATIO = 4.0          # a worker's peak growth during the upload, in body sizes
BASELINE_SLACK_KB = 5 * 1000  # "back to baseline": VmRSS within +5 MB of the reading before

PERSON = "01017012345"  # Kari Nordmann
CASE_NO = "25/00123"
FILE_SIZE = 19_999_000  # just under the portal's 20 MB (20,000,000 bytes) file limit
SETTLE_S = 1.0          # after the 303, before reading VmRSS (the worker frees the request)


def pdf_of_size(size, label):
    """A unique PDF the portal accepts: %PDF-1.4 header, random filler, %%EOF at the end; no
    ZIP magic in the first kilobyte (the portal refuses PDF/ZIP polyglots)."""
    head = b"%PDF-1.4\n% minside bench " + label.encode() + b"\n"
    tail = b"\n%%EOF\n"
    while True:
        filler = os.urandom(size - len(head) - len(tail))
        if b"PK\x03\x04" not in filler[:1024]:
            return head + filler + tail


def proc_status(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])  # kB
    return out


def reset_hwm(pid):
    """Resets VmHWM to the current RSS (Linux >= 4.0): the peak of this upload alone."""
    with open("/proc/%d/clear_refs" % pid, "w") as f:
        f.write("5")


def post(stack, browser, path, body, ctype):
    """One multipart POST; returns (status, location, seconds). Only the HTTP exchange is timed."""
    jar = browser.cookies_for("127.0.0.1:%d" % stack.citizen_port)
    headers = {"Content-Type": ctype, "Cookie": "; ".join("%s=%s" % kv for kv in jar.items())}
    conn = http.client.HTTPConnection("127.0.0.1", stack.citizen_port, timeout=120)
    try:
        t0 = time.perf_counter()
        conn.request("POST", path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        took = time.perf_counter() - t0
        return resp.status, resp.getheader("Location"), took, data
    finally:
        conn.close()


def expect_receipt(status, location, data, what):
    if status != 303 or not location or "/kvittering/" not in location:
        raise RuntimeError("%s: expected 303 to a receipt, got HTTP %d (location %r): %s"
                           % (what, status, location, data[:300].decode("utf-8", "replace")))


def run(args):
    for b in ("minside-fcgi", "minside-admin", "minside-devidp"):
        if not os.access(os.path.join(args.build, b), os.X_OK):
            sys.exit("%s/%s is missing: build first (make build)" % (args.build, b))
    nproc, model = machine()
    started = time.monotonic()
    stack = Stack(args.build, workers=1, config_extra={"max_requests": "0"})
    context.STACK = stack
    mem = thr = None
    try:
        log("starting the stack (1 worker, max_requests = 0) ...")
        stack.start()
        import portal_helpers as ph
        browser = ph.citizen(PERSON)
        cid = ph.case_id(CASE_NO)
        path = "/saker/%d/send" % cid
        csrf = ph.csrf_of(browser)
        pids = stack.worker_pids()
        if len(pids) != 1:
            raise RuntimeError("expected one worker, found %s" % pids)
        pid = pids[0]
        stamp = "%d-%d" % (os.getpid(), time.time())

        # A small upload first, so the upload path's one-time costs (code pages, the file
        # store's directories) are in the baseline, not in the 20 MB figure.
        status, headers, data = ph.post_multipart(browser, path, {"csrf": csrf},
                                                  [("filer", "warm-up.pdf", ph.pdf_bytes("bench warm-up " + stamp))])
        expect_receipt(status, headers.get("location"), data.encode(), "small warm-up upload")
        time.sleep(SETTLE_S)

        # ---- peak memory of one 20 MB upload --------------------------------------------
        data = pdf_of_size(FILE_SIZE, "memory " + stamp)
        body, ctype = ph.multipart({"csrf": csrf}, [("filer", "bench-20mb.pdf", data)])
        reset_hwm(pid)
        before = proc_status(pid)
        log("worker %d before: VmRSS %d kB, VmHWM %d kB (reset)" % (pid, before["VmRSS"], before["VmHWM"]))
        log("uploading %d bytes (request body %d bytes) ..." % (len(data), len(body)))
        status, location, took, resp = post(stack, browser, path, body, ctype)
        expect_receipt(status, location, resp, "20 MB upload")
        peak = proc_status(pid)
        time.sleep(SETTLE_S)
        after = proc_status(pid)
        if stack.worker_pids() != [pid]:
            raise RuntimeError("the worker was replaced during the upload: %s -> %s" % (pid, stack.worker_pids()))
        growth_kb = peak["VmHWM"] - before["VmRSS"]
        ratio = growth_kb * 1024.0 / len(body)
        back_kb = after["VmRSS"] - before["VmRSS"]
        mem = {"pid": pid, "file": len(data), "body": len(body), "before": before, "peak": peak, "after": after,
               "growth_kb": growth_kb, "ratio": ratio, "ratio_ok": ratio <= MAX_PEAK_RATIO,
               "back_kb": back_kb, "back_ok": back_kb <= BASELINE_SLACK_KB, "ms": took * 1000.0}
        del body, data

        # ---- throughput: distinct 20 MB files, one after another --------------------------
        files = [pdf_of_size(FILE_SIZE, "throughput %d %s" % (i, stamp)) for i in range(args.uploads)]
        bodies = [ph.multipart({"csrf": csrf}, [("filer", "bench-%d.pdf" % i, f)]) for i, f in enumerate(files)]
        del files
        reset_hwm(pid)
        rss0 = proc_status(pid)["VmRSS"]
        times, rss_each = [], []
        log("throughput: %d uploads of %d bytes, sequentially ..." % (args.uploads, FILE_SIZE))
        with ForeignCpu() as fc:
            for i, (body, ctype) in enumerate(bodies):
                status, location, took, resp = post(stack, browser, path, body, ctype)
                expect_receipt(status, location, resp, "throughput upload %d" % (i + 1))
                times.append(took)
                rss_each.append(proc_status(pid)["VmRSS"])
        log("  %s" % fc.summary())
        total_bytes = sum(len(b) for b, _ in bodies)
        peak_all = proc_status(pid)["VmHWM"]
        time.sleep(SETTLE_S)
        rss_end = proc_status(pid)["VmRSS"]
        thr = {"times": times, "bytes": total_bytes, "mbps": total_bytes / 1e6 / sum(times),
               "rss0": rss0, "peak": peak_all, "rss_end": rss_end, "replaced": stack.worker_pids() != [pid], "foreign": fc, "rss_each": rss_each}
        stored = ph.sql_value("SELECT COUNT(*) FROM minside.submission_file f JOIN minside.submission s "
                              "ON s.id = f.submission_id WHERE s.case_id = %d AND f.size = %d" % (cid, FILE_SIZE))
        thr["stored"] = int(stored)
    except (RuntimeError, OSError, http.client.HTTPException) as e:
        log("ERROR: %s" % e)
        return 2
    finally:
        stack.stop()

    text = report(mem, thr, args.uploads)
    log("")
    log(text)
    log("")
    log("upload benchmark took %.0f s" % (time.monotonic() - started))

    if args.record:
        sections = [
            "", "## %s — upload" % utc_now(), "",
            "Machine: %d CPUs, %s. 1 worker, max_requests = 0. `POST /saker/<id>/send` (multipart, csrf, one "
            "file) of case %s as %s, from Python http.client on the same machine, through nginx (which buffers "
            "the body to disk first) and FastCGI. Each file is a unique PDF of %d bytes (random filler), "
            "under the portal's 20 MB limit; every upload must answer 303 to a receipt. A small upload is made "
            "first, outside the measurements. Memory from `/proc/<worker>/status`; VmHWM is reset with "
            "`echo 5 > /proc/<worker>/clear_refs` before the measured upload."
            % (nproc, model, CASE_NO, PERSON, FILE_SIZE),
            "", text]
        record_results(sections)

    if not (mem["ratio_ok"] and mem["back_ok"]) and args.strict:
        return 1
    return 0


def report(mem, thr, uploads):
    b, p, a = mem["before"], mem["peak"], mem["after"]
    ms = [t * 1000.0 for t in thr["times"]]
    lines = [
        "Worker memory, one upload (request body %d bytes, file %d bytes, %.0f ms):" % (mem["body"], mem["file"], mem["ms"]),
        "",
        "| worker pid | VmRSS before (kB) | VmHWM after (kB) | VmRSS 1 s after (kB) |",
        "|---:|---:|---:|---:|",
        "| %d | %d | %d | %d |" % (mem["pid"], b["VmRSS"], p["VmHWM"], a["VmRSS"]),
        "",
        "- peak growth (VmHWM after − VmRSS before): **%d kB = %.2f× the body size** (target <= %.0f×): **%s**"
        % (mem["growth_kb"], mem["ratio"], MAX_PEAK_RATIO, verdict(mem["ratio_ok"])),
        "- back to baseline (VmRSS after − before): **%+d kB** (target <= +%d kB): **%s**"
        % (mem["back_kb"], BASELINE_SLACK_KB, verdict(mem["back_ok"])),
        "",
        "Throughput, %d distinct files one after another:" % uploads,
        "",
        "| uploads | bytes | MB/s | per upload min / median / max (ms) |",
        "|---:|---:|---:|---|",
        "| %d | %d | **%.1f** | %.0f / %.0f / %.0f |" % (len(ms), thr["bytes"], thr["mbps"], min(ms),
                                                        sorted(ms)[len(ms) // 2], max(ms)),
        "",
        "- per upload (ms): %s" % ", ".join("%.0f" % x for x in ms),
        "- the worker's VmRSS right after each (kB): %s" % ", ".join("%d" % x for x in thr["rss_each"]),
        "- worker during these uploads: VmRSS %d kB before, VmHWM %d kB (peak growth %d kB = %.2f× one body), "
        "VmRSS %d kB 1 s after the last%s"
        % (thr["rss0"], thr["peak"], thr["peak"] - thr["rss0"], (thr["peak"] - thr["rss0"]) * 1024.0 / (thr["bytes"] / len(ms)),
           thr["rss_end"], "; the worker was replaced" if thr["replaced"] else ""),
        "- the worker's VmRSS 1 s after the last of these, against the reading before the measured upload: "
        "%+d kB" % (thr["rss_end"] - b["VmRSS"]),
        "- files of this size stored on the case (the memory upload + these): %d" % thr["stored"],
        "- machine load outside the benchmark during these uploads: %s" % thr["foreign"].summary(),
    ]
    if thr["foreign"].warning():
        lines.append(thr["foreign"].warning())
    return "\n".join(lines)


def add_arguments(ap):
    ap.add_argument("--uploads", type=int, default=5, help="uploads in the throughput run (default 5)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="build directory with minside-fcgi, -admin and -devidp")
    ap.add_argument("--record", action="store_true", help="append the results to bench/RESULTS.md")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    add_arguments(ap)
    return run(ap.parse_args())


if __name__ == "__main__":
    sys.exit(main())
