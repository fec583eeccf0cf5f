#!/usr/bin/env python3
"""`make run`: the whole portal on loopback with demo data until Ctrl-C or SIGTERM.

Ports: MINSIDE_PORT (citizen site, default 8080), MINSIDE_INTERNAL_PORT (default 8081).
State lives in .run/ in the checkout (MariaDB data survives restarts); `make clean-run`
or removing .run/ starts afresh.
"""
import argparse
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from stack import Stack, SRCDIR  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    args = ap.parse_args()
    workdir = os.path.join(SRCDIR, ".run")
    stack = Stack(args.build, workdir=workdir,
                  citizen_port=int(os.environ.get("MINSIDE_PORT", "8080")),
                  internal_port=int(os.environ.get("MINSIDE_INTERNAL_PORT", "8081")),
                  idp_port=int(os.environ.get("MINSIDE_IDP_PORT", "8082")),
                  workers=int(os.environ.get("MINSIDE_WORKERS", "4")),
                  copy_templates=False)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    try:
        stack.start()
        citizen, internal = stack.urls()
        print("\nMin side is running.\n")
        print("  Citizen site:   " + citizen)
        print("  Internal site:  " + internal)
        print("  Local ID-porten: " + stack.issuer + "/  (pick a demo person when you log in)")
        print("  Logs:           " + stack.fcgi_log)
        print("\nTemplates are read from tmpl/: after editing one, `kill -HUP %d` reloads them." % stack.fcgi.pid)
        print("Press Ctrl-C to stop.\n", flush=True)
        while not stopping:
            if stack.fcgi.poll() is not None or stack.nginx.poll() is not None:
                print("a server process ended unexpectedly; see " + stack.fcgi_log, file=sys.stderr)
                return 1
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        print("\nStopping ...", flush=True)
        stack.stop()
    print("Stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
