"""The master process: replacing killed workers, graceful stop, reload, recycling,
killing stuck workers. Runs last: some of these stop and restart minside-fcgi."""
import os
import re
import signal
import threading
import time
import unittest

from context import stack, Load


def poll(predicate, timeout, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


class reloaded_with:
    """Runs a block with some configuration keys changed (SIGHUP), then puts them back."""

    def __init__(self, **keys):
        self.keys = keys

    def _reload(self, text):
        s = stack()
        old = set(s.worker_pids())
        with open(s.config_path, "w") as f:
            f.write(text)
        s.reload_fcgi()
        assert poll(lambda: not (old & set(s.worker_pids())) and len(s.worker_pids()) == s.workers, 15)

    def __enter__(self):
        self.original = open(stack().config_path).read()
        text = self.original
        for key, value in self.keys.items():
            text = re.sub(r"(?m)^%s = .*$" % key, "%s = %s" % (key, value), text)
        self._reload(text)

    def __exit__(self, *exc):
        self._reload(self.original)


class MasterTest(unittest.TestCase):
    def ensure_running(self):
        s = stack()
        if s.fcgi is None or s.fcgi.poll() is not None:
            s.start_fcgi()

    def setUp(self):
        self.ensure_running()

    def test_killed_worker_is_replaced_under_load(self):
        # No recycling meanwhile: a worker exiting at max_requests just as it is killed
        # would be reaped as recycled, not killed.
        with reloaded_with(max_requests="0"):
            self.kill_one_under_load()

    def kill_one_under_load(self):
        s = stack()
        # A worker may just be between recycling and its replacement.
        self.assertTrue(poll(lambda: len(s.worker_pids()) == s.workers, 5))
        with Load("/personvern", threads=4) as load:
            time.sleep(0.5)
            victim = None
            for pid in s.worker_pids():  # one may just have been recycled (max_requests)
                try:
                    os.kill(pid, signal.SIGKILL)
                    victim = pid
                    break
                except ProcessLookupError:
                    continue
            self.assertIsNotNone(victim)
            self.assertTrue(poll(lambda: len(s.worker_pids()) == s.workers and victim not in s.worker_pids(), 10))
            time.sleep(0.5)
        # Only the request the victim was serving, if any, may fail.
        self.assertLessEqual(len(load.failures()), 1, load.failures()[:5])
        self.assertGreater(len(load.statuses), 50)
        self.assertTrue(poll(lambda: ("worker %d was killed by signal 9" % victim) in s.log_text(), 5))

    def test_crash_in_a_request_does_not_take_the_service_down(self):
        s = stack()
        status = s.get("/_test/crash")[0]
        self.assertEqual(502, status)
        self.assertTrue(poll(lambda: len(s.worker_pids()) == s.workers, 10))
        self.assertEqual(200, s.get("/")[0])
        self.assertTrue(poll(lambda: "was killed by signal 6" in s.log_text(), 5))

    def test_stuck_request_is_killed_and_logged(self):
        s = stack()  # request_timeout = 3 in the test configuration
        started = time.monotonic()
        status = s.get("/_test/slow?ms=8000")[0]
        self.assertEqual(502, status)
        self.assertLess(time.monotonic() - started, 7)
        self.assertIn('in request "GET /_test/slow"; killing it', s.log_text())
        self.assertTrue(poll(lambda: len(s.worker_pids()) == s.workers, 10))

    def test_max_requests_recycles_workers_without_failures(self):
        s = stack()  # max_requests = 100 in the test configuration
        start_pids = set(s.worker_pids())
        statuses, pids = [], set()
        for _ in range(400):
            status, _, body = s.get("/_test/pid")
            statuses.append(status)
            if status == 200:
                pids.add(int(body))
        self.assertEqual([200] * 400, statuses)
        self.assertGreater(len(pids - start_pids), 0, "no worker was recycled")
        self.assertIn("recycled after 100 requests", s.log_text())

    def test_reload_serves_changed_template_without_failures(self):
        s = stack()
        path = os.path.join(s.tmpl_dir, "pages", "front.tpl")
        original = open(path).read()
        try:
            with open(path, "w") as f:
                f.write(original + "<p>reload-marker-%d</p>\n" % os.getpid())
            with Load("/", threads=4) as load:
                time.sleep(0.3)
                s.reload_fcgi()
                self.assertTrue(poll(lambda: ("reload-marker-%d" % os.getpid()) in s.get("/")[2], 10))
                time.sleep(0.5)
            self.assertEqual([], load.failures()[:5])
            self.assertGreater(len(load.statuses), 20)
        finally:
            with open(path, "w") as f:
                f.write(original)
            s.reload_fcgi()
            poll(lambda: "reload-marker" not in s.get("/")[2], 10)

    def test_reload_with_bad_config_keeps_running(self):
        s = stack()
        original = open(s.config_path).read()
        try:
            with open(s.config_path, "a") as f:
                f.write("wokers = 3\n")
            s.reload_fcgi()
            self.assertTrue(poll(lambda: "reload refused" in s.log_text() and "'wokers'" in s.log_text(), 5))
            self.assertEqual(200, s.get("/")[0])
        finally:
            with open(s.config_path, "w") as f:
                f.write(original)

    def test_zz_sigterm_lets_slow_request_finish(self):
        s = stack()
        result = {}

        def slow():
            result["resp"] = s.get("/_test/slow?ms=2000")

        t = threading.Thread(target=slow)
        t.start()
        time.sleep(0.5)
        s.fcgi.send_signal(signal.SIGTERM)
        t.join(15)
        status, _, body = result["resp"]
        self.assertEqual(200, status)
        self.assertEqual("slept 2000 ms\n", body)
        self.assertEqual(0, s.fcgi.wait(15))
        self.assertFalse(os.path.exists(s.fcgi_socket), "socket left behind")
        s.fcgi = None
        s.start_fcgi()
        self.assertTrue(poll(lambda: s.get("/")[0] == 200, 10))


if __name__ == "__main__":
    unittest.main()
