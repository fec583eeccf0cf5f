-- Database and accounts for minside. Run once, as the MariaDB root user, before the
-- first `minside-admin migrate`. Replace each {..._password} with the content of the
-- matching secret file (see README, "Production"); the test harness does this itself.
--
--   minside_migrate  owns the schema: runs migrations, grants table rights to the others
--   minside_web      the FastCGI workers: only the rights each migration grants it
--                    (audit: INSERT and SELECT, never UPDATE or DELETE)
--   minside_purge    the retention job: reads and deletes old audit rows, nothing else
CREATE DATABASE IF NOT EXISTS minside CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'minside_migrate'@'localhost' IDENTIFIED BY '{migrate_password}';
CREATE USER IF NOT EXISTS 'minside_web'@'localhost' IDENTIFIED BY '{web_password}';
CREATE USER IF NOT EXISTS 'minside_purge'@'localhost' IDENTIFIED BY '{purge_password}';
GRANT ALL PRIVILEGES ON minside.* TO 'minside_migrate'@'localhost' WITH GRANT OPTION;
