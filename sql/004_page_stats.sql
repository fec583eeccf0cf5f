-- First-party usage statistics: views per page (route pattern, never a concrete id) and
-- day. No person, no address, no cookie: what the privacy statement promises.
CREATE TABLE stat_daily (
  day    DATE            NOT NULL,
  page   VARCHAR(80)     NOT NULL,
  views  BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (day, page)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON minside.stat_daily TO 'minside_web'@'localhost';
