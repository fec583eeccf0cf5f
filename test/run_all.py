#!/usr/bin/env python3
"""`make check`: unit tests, then the integration tests against a real stack (MariaDB,
nginx, minside-fcgi) built in a temporary directory with free ports. Ends with the line
"N passed, M failed"."""
import argparse
import os
import re
import subprocess
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
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


def run_integration(build, pattern):
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
    finally:
        if os.environ.get("MINSIDE_KEEP_LOGS"):
            print("logs kept in " + stack.workdir)
            stack.keep = True
        stack.stop()
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("integration: %d passed, %d failed" % (passed, failed))
    return passed, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--pattern", default="test_*.py", help="integration test files to run")
    ap.add_argument("--no-unit", action="store_true")
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    passed = failed = 0
    if not args.no_unit:
        p, f = run_unit(build)
        passed, failed = passed + p, failed + f
    p, f = run_integration(build, args.pattern)
    passed, failed = passed + p, failed + f
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
