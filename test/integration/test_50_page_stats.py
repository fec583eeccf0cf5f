"""First-party statistics: views per route pattern and day, nothing about the person."""
import time
import unittest

from context import stack
from portal_helpers import KARI, case_id, citizen, portal, sql_value


def poll(predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


class PageStatsTest(unittest.TestCase):
    def views(self, page):
        return int(sql_value("SELECT COALESCE(SUM(views), 0) FROM minside.stat_daily WHERE page = '%s'" % page))

    def flush_all(self):
        """Workers write their counts every few seconds and when they exit: a reload replaces
        them all, so every count so far is written once the old ones are gone."""
        s = stack()
        old = set(s.worker_pids())
        s.reload_fcgi()
        self.assertTrue(poll(lambda: not (old & set(s.worker_pids())) and len(s.worker_pids()) == s.workers, 15))

    def test_views_counted_per_pattern_without_ids(self):
        s = stack()
        self.flush_all()
        before_privacy, before_case = self.views("/personvern"), self.views("/saker/{case}")
        for _ in range(7):
            self.assertEqual(200, s.get("/personvern")[0])
        self.assertEqual(404, s.get("/finnes-ikke")[0])   # errors are not page views
        b = citizen(KARI)
        b.get(portal("/saker/%d" % case_id("25/00123")))
        self.flush_all()
        self.assertEqual(before_privacy + 7, self.views("/personvern"))
        self.assertEqual(before_case + 1, self.views("/saker/{case}"))
        pages = sql_value("SELECT GROUP_CONCAT(page) FROM minside.stat_daily")
        self.assertNotIn("finnes-ikke", pages)
        self.assertNotRegex(pages, r"/saker/\d")
        columns = sql_value("SELECT GROUP_CONCAT(column_name) FROM information_schema.columns "
                            "WHERE table_schema = 'minside' AND table_name = 'stat_daily'")
        self.assertEqual({"day", "page", "views"}, set(columns.split(",")))
        status, _, body = s.get("/", internal=True)
        self.assertIn("/personvern", body)


if __name__ == "__main__":
    unittest.main()
