#!/usr/bin/env python3
"""`make check`: unit tests, then the integration tests against a real stack (MariaDB,
nginx, minside-fcgi) built in a temporary directory with free ports, then the browser tests
(test/e2e: Chromium driven by Playwright, axe-core) against the same stack. Ends with the
line "N passed, M failed"."""
import argparse
import glob
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
E2E_DIR = os.path.join(HERE, "e2e")
E2E_ARTIFACTS = os.path.join(os.path.dirname(HERE), "test-results", "e2e")
E2E_TIMEOUT = 900  # seconds for the whole browser phase
sys.path.insert(0, os.path.join(HERE, "harness"))
sys.path.insert(0, os.path.join(HERE, "integration"))

from stack import Stack  # noqa: E402
import context  # noqa: E402

TEST_CONFIG = {
    "test_endpoints": "true",
    "max_requests": "100",
    "request_timeout": "3",
    "graceful_timeout": "10",
    "notice_cache_seconds": "1",
}


def run_unit(build):
    binary = os.path.join(build, "test", "unit", "minside-unit")
    proc = subprocess.run([binary], capture_output=True, text=True)
    sys.stdout.write(proc.stderr)
    m = re.search(r"unit: (\d+) passed, (\d+) failed", proc.stdout)
    if not m:
        print("unit tests did not report a result (exit %d)" % proc.returncode)
        return 0, 1
    print(m.group(0))
    return int(m.group(1)), int(m.group(2)) + (1 if proc.returncode not in (0, 1) else 0)


def run_e2e(stack):
    """test/e2e against the running stack: `node --test` (TAP) on the *.test.js files;
    Chromium is Debian's, never downloaded. Returns (passed, failed)."""
    chromium = os.environ.get("MINSIDE_CHROMIUM", "/usr/bin/chromium")
    missing = [name for name, ok in (("node", shutil.which("node")), ("npm", shutil.which("npm")),
                                     ("chromium at " + chromium, os.access(chromium, os.X_OK))) if not ok]
    if missing:
        print("e2e: FAILED: not installed: %s (the Debian packages nodejs npm chromium; `make deps` "
              "installs them)" % ", ".join(missing))
        return 0, 1
    lock = os.path.join(E2E_DIR, "package-lock.json")
    stamp = os.path.join(E2E_DIR, "node_modules", ".minside-package-lock.sha256")
    with open(lock, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    installed = open(stamp).read().strip() if os.path.exists(stamp) else None
    if installed != digest:
        print("e2e: npm ci --no-audit --no-fund (in test/e2e)", flush=True)
        proc = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=E2E_DIR,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if proc.returncode != 0:
            print(proc.stdout[-3000:])
            print("e2e: FAILED: npm ci exited with %d" % proc.returncode)
            return 0, 1
        with open(stamp, "w") as f:
            f.write(digest + "\n")
    files = sorted(glob.glob(os.path.join(E2E_DIR, "*.test.js")))
    if not files:
        print("e2e: FAILED: no test files in " + E2E_DIR)
        return 0, 1
    shutil.rmtree(E2E_ARTIFACTS, ignore_errors=True)
    os.makedirs(E2E_ARTIFACTS, exist_ok=True)
    env = dict(os.environ, MINSIDE_PORTAL="http://127.0.0.1:%d" % stack.citizen_port,
               MINSIDE_IDP=stack.issuer, MINSIDE_ARTIFACTS=E2E_ARTIFACTS, MINSIDE_CHROMIUM=chromium)
    # The files, not the directory: `node --test DIR` searches it on Node 18/20, but later
    # versions take glob patterns instead.
    cmd = ["node", "--test", "--test-reporter=tap"] + [os.path.relpath(f, os.path.dirname(HERE)) for f in files]
    print("e2e: " + " ".join(cmd) + "  (screenshots in %s)" % os.path.relpath(E2E_ARTIFACTS), flush=True)
    proc = subprocess.Popen(cmd, cwd=os.path.dirname(HERE), env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    timed_out = []

    def kill():
        timed_out.append(1)
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # node, its test processes and their Chromiums
        except ProcessLookupError:
            pass

    timer = threading.Timer(E2E_TIMEOUT, kill)
    timer.start()
    counts = {}
    try:
        for line in proc.stdout:
            sys.stdout.write(line)
            m = re.match(r"^(?:#|\u2139) (pass|fail|cancelled) (\d+)\s*$", line)
            if m:
                counts[m.group(1)] = int(m.group(2))
        proc.wait()
    finally:
        timer.cancel()
    sys.stdout.flush()
    if timed_out:
        print("e2e: FAILED: killed after %d s" % E2E_TIMEOUT)
        return counts.get("pass", 0), counts.get("fail", 0) + counts.get("cancelled", 0) + 1
    if "pass" not in counts or "fail" not in counts:
        print("e2e: FAILED: node --test exited with %d without a summary" % proc.returncode)
        return 0, 1
    passed, failed = counts["pass"], counts["fail"] + counts.get("cancelled", 0)
    if proc.returncode != 0 and failed == 0:
        print("e2e: node --test exited with %d" % proc.returncode)
        failed = 1
    print("e2e: %d passed, %d failed" % (passed, failed))
    return passed, failed


def run_integration(build, pattern, e2e=True):
    stack = Stack(build, workers=3, config_extra=TEST_CONFIG)
    started = time.monotonic()
    try:
        stack.start()
    except Exception as e:
        print("integration: the stack did not start: %s" % e)
        for log in ("minside-fcgi.log", "mariadb.log", "run/nginx-error.log"):
            p = os.path.join(stack.workdir, log)
            if os.path.exists(p):
                print("---- " + log)
                print(open(p, errors="replace").read()[-3000:])
        stack.stop()
        return 0, 1
    print("integration: stack up in %.1f s (citizen :%d, internal :%d)" %
          (time.monotonic() - started, stack.citizen_port, stack.internal_port))
    context.STACK = stack
    try:
        suite = unittest.defaultTestLoader.discover(os.path.join(HERE, "integration"), pattern=pattern,
                                                    top_level_dir=os.path.join(HERE, "integration"))
        result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
        failed = len(result.failures) + len(result.errors)
        passed = result.testsRun - failed - len(result.skipped)
        print("integration: %d passed, %d failed" % (passed, failed), flush=True)
        if e2e:
            try:
                p, f = run_e2e(stack)
            except Exception as e:  # counted, never skipped
                print("e2e: FAILED: %r" % e)
                p, f = 0, 1
        else:
            print("e2e: not run (--no-e2e)")
            p, f = 0, 0
    finally:
        if os.environ.get("MINSIDE_KEEP_LOGS"):
            print("logs kept in " + stack.workdir)
            stack.keep = True
        stack.stop()
    return passed + p, failed + f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--pattern", default="test_*.py", help="integration test files to run")
    ap.add_argument("--no-unit", action="store_true")
    ap.add_argument("--no-e2e", action="store_true", help="leave out the browser tests (test/e2e)")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    passed = failed = 0
    if not args.no_unit:
        p, f = run_unit(build)
        passed, failed = passed + p, failed + f
    p, f = run_integration(build, args.pattern, e2e=not args.no_e2e)
    passed, failed = passed + p, failed + f
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
