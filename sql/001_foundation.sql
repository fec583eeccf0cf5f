-- Foundation: the audit trail and operational notices.
-- A statement ends with ';' at the end of a line (db/migrations.cc splits there).

-- Who did what to whose data, from where, when (UTC). Rows are only ever added by the
-- portal; the purge job (own account) removes those older than one year.
CREATE TABLE audit (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME(6)     NOT NULL,
  actor       VARCHAR(100)    NOT NULL COMMENT 'person:<id>, caseworker:<id>, system:<program>',
  subject     VARCHAR(100)    NULL     COMMENT 'whose data: person:<id>; NULL for system events',
  action      VARCHAR(60)     NOT NULL,
  object      VARCHAR(200)    NULL,
  ip          VARCHAR(45)     NULL,
  request_id  VARCHAR(64)     NULL,
  KEY audit_subject_at (subject, at),
  KEY audit_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Operational notices (driftsmeldinger) shown on the front page, e.g. planned downtime.
CREATE TABLE service_notice (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  text_nb     VARCHAR(500)    NOT NULL,
  text_nn     VARCHAR(500)    NOT NULL,
  text_en     VARCHAR(500)    NOT NULL,
  shown_from  DATETIME        NOT NULL,
  shown_until DATETIME        NOT NULL,
  created_by  VARCHAR(100)    NOT NULL,
  created_at  DATETIME(6)     NOT NULL,
  KEY service_notice_window (shown_from, shown_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

GRANT SELECT, INSERT ON minside.audit TO 'minside_web'@'localhost';
GRANT SELECT, DELETE ON minside.audit TO 'minside_purge'@'localhost';
GRANT SELECT ON minside.service_notice TO 'minside_web'@'localhost';
GRANT SELECT ON minside.schema_migrations TO 'minside_web'@'localhost';
