"""MariaDB stopped under the portal: 503 pages and health, static statements still
readable, and recovery without a restart once it is back."""
import time
import unittest

from context import stack


def poll(predicate, timeout, step=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


class DatabaseDownTest(unittest.TestCase):
    def test_503_while_down_and_recovery(self):
        s = stack()
        self.assertEqual(200, s.get("/")[0])
        s.stop_mariadb()
        try:
            # The front page's notices are cached per worker for notice_cache_seconds (1 s in
            # tests): once that has passed, no worker has a copy fresh enough to use.
            time.sleep(1.5)
            self.assertTrue(poll(lambda: s.get("/")[0] == 503, 10), "front page never answered 503")
            status, headers, body = s.get("/", headers={"Cookie": "Language=en"})
            self.assertEqual(503, status)
            self.assertEqual("30", headers["retry-after"])
            self.assertIn("Min side is temporarily unavailable", body)
            status, headers, body = s.get("/health")
            self.assertEqual(503, status)
            self.assertEqual('{"status":"unavailable"}\n', body)
            self.assertNotIn("mysql", body.lower())
            # Pages that need no database are still served.
            self.assertEqual(200, s.get("/personvern")[0])
            self.assertEqual(503, s.get("/", internal=True)[0])
        finally:
            s.start_mariadb()
        self.assertTrue(poll(lambda: s.get("/health")[0] == 200, 20), "health did not recover")
        # Every worker reconnects on its own: many requests, all fine.
        statuses = [s.get("/")[0] for _ in range(30)]
        self.assertEqual([200] * 30, statuses)
        self.assertEqual(200, s.get("/", internal=True)[0])


if __name__ == "__main__":
    unittest.main()
