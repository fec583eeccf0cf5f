"""The audit trail: only added to by the portal, deleted after a year by the purge job."""
import os
import subprocess
import unittest

from context import stack
from portal_helpers import sql_value


def as_web_user(sql):
    s = stack()
    password = open(os.path.join(s.workdir, "secrets", "db_web_password")).read().strip()
    return subprocess.run(["mariadb", "--no-defaults", "-uminside_web", "-p" + password, "--socket=" + s.db_socket,
                           "minside", "-N", "-B", "-e", sql], capture_output=True, text=True)


class RetentionTest(unittest.TestCase):
    def test_web_account_cannot_change_or_delete_the_audit_log(self):
        self.assertEqual(0, as_web_user("SELECT COUNT(*) FROM audit").returncode)
        for sql in ("DELETE FROM audit", "UPDATE audit SET action = 'x'", "TRUNCATE audit", "DROP TABLE audit"):
            result = as_web_user(sql)
            self.assertNotEqual(0, result.returncode, sql)
            self.assertIn("denied", result.stderr, sql)
        self.assertGreater(int(sql_value("SELECT COUNT(*) FROM minside.audit")), 0)

    def test_purge_deletes_entries_older_than_a_year_only(self):
        s = stack()
        s.sql_root("INSERT INTO minside.audit (at, actor, subject, action) VALUES "
                   "(UTC_TIMESTAMP(6) - INTERVAL 400 DAY, 'person:1', 'person:1', 'test.old'), "
                   "(UTC_TIMESTAMP(6) - INTERVAL 366 DAY, 'person:1', 'person:1', 'test.old'), "
                   "(UTC_TIMESTAMP(6) - INTERVAL 300 DAY, 'person:1', 'person:1', 'test.recent')")
        recent_before = int(sql_value("SELECT COUNT(*) FROM minside.audit WHERE at > UTC_TIMESTAMP() - INTERVAL 365 DAY"))
        result = s.admin("purge")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertIn("deleted 2 audit entries", result.stdout)
        self.assertEqual("0", sql_value("SELECT COUNT(*) FROM minside.audit WHERE action = 'test.old'"))
        self.assertEqual("1", sql_value("SELECT COUNT(*) FROM minside.audit WHERE action = 'test.recent'"))
        self.assertEqual(recent_before, int(sql_value(
            "SELECT COUNT(*) FROM minside.audit WHERE at > UTC_TIMESTAMP() - INTERVAL 365 DAY")))

    def test_purge_account_can_do_nothing_else(self):
        s = stack()
        password = open(os.path.join(s.workdir, "secrets", "db_purge_password")).read().strip()
        result = subprocess.run(["mariadb", "--no-defaults", "-uminside_purge", "-p" + password, "--socket=" + s.db_socket,
                                 "minside", "-e", "SELECT COUNT(*) FROM session"], capture_output=True, text=True)
        self.assertNotEqual(0, result.returncode)
        self.assertIn("denied", result.stderr)


if __name__ == "__main__":
    unittest.main()
