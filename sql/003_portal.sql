-- The citizen's Min side: consent, blocks, the case timeline, documents and who opened
-- them, comment requests, submissions with receipts.

-- Consent history: the current state is the newest row. Never updated or deleted.
CREATE TABLE consent (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id     BIGINT UNSIGNED NOT NULL,
  given         TINYINT(1)      NOT NULL COMMENT '1 given, 0 withdrawn',
  text_version  VARCHAR(20)     NOT NULL,
  at            DATETIME(6)     NOT NULL,
  ip            VARCHAR(45)     NULL,
  KEY consent_person (person_id, id),
  CONSTRAINT consent_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A person whose access is blocked (see the privacy statement for the reasons).
CREATE TABLE person_block (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id     BIGINT UNSIGNED NOT NULL,
  reason        ENUM('irrelevant_volume','others_data','threats','misuse') NOT NULL,
  blocked_by    VARCHAR(100)    NOT NULL,
  blocked_at    DATETIME(6)     NOT NULL,
  lifted_at     DATETIME(6)     NULL,
  KEY person_block_person (person_id, lifted_at),
  CONSTRAINT person_block_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE kase ADD COLUMN next_step VARCHAR(30) NULL COMMENT 'the status expected next';

-- Documents Helseklage makes available; only visibility = published is ever shown.
CREATE TABLE document (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT UNSIGNED NOT NULL,
  title         VARCHAR(300)    NOT NULL,
  kind          ENUM('letter','decision','expert_statement','other') NOT NULL,
  visibility    ENUM('draft','internal','published') NOT NULL DEFAULT 'draft',
  published_at  DATETIME(6)     NULL,
  filename      VARCHAR(200)    NOT NULL,
  content_type  VARCHAR(100)    NOT NULL,
  size          BIGINT UNSIGNED NOT NULL,
  sha256        CHAR(64)        NOT NULL COMMENT 'also the storage key',
  created_at    DATETIME(6)     NOT NULL,
  KEY document_case (case_id, visibility),
  CONSTRAINT document_case FOREIGN KEY (case_id) REFERENCES kase (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- First opening of a document by a person: kept with the document, beyond the audit
-- log's one year, since a deadline may run from it (non-repudiation).
CREATE TABLE document_view (
  document_id      BIGINT UNSIGNED NOT NULL,
  person_id        BIGINT UNSIGNED NOT NULL,
  first_opened_at  DATETIME(6)     NOT NULL,
  first_ip         VARCHAR(45)     NULL,
  PRIMARY KEY (document_id, person_id),
  CONSTRAINT document_view_document FOREIGN KEY (document_id) REFERENCES document (id),
  CONSTRAINT document_view_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline: what happened on the case, in the words of the status catalog.
CREATE TABLE case_event (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT UNSIGNED NOT NULL,
  kind          VARCHAR(30)     NOT NULL COMMENT 'received, letter, expert, comment_deadline, submission, decision',
  occurred_at   DATETIME(6)     NOT NULL,
  document_id   BIGINT UNSIGNED NULL,
  KEY case_event_case (case_id, occurred_at),
  CONSTRAINT case_event_case FOREIGN KEY (case_id) REFERENCES kase (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When a person last opened a case page: what happened after it is marked "new".
CREATE TABLE case_view (
  case_id          BIGINT UNSIGNED NOT NULL,
  person_id        BIGINT UNSIGNED NOT NULL,
  first_opened_at  DATETIME(6)     NOT NULL,
  last_opened_at   DATETIME(6)     NOT NULL,
  PRIMARY KEY (case_id, person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A caseworker's request for comments on an expert statement, with its deadline (UTC).
CREATE TABLE comment_request (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT UNSIGNED NOT NULL,
  document_id   BIGINT UNSIGNED NOT NULL,
  deadline      DATETIME        NOT NULL,
  created_at    DATETIME(6)     NOT NULL,
  KEY comment_request_case (case_id),
  CONSTRAINT comment_request_case FOREIGN KEY (case_id) REFERENCES kase (id),
  CONSTRAINT comment_request_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a person sent: an upload or a comment, with its receipt number.
CREATE TABLE submission (
  id                  BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT UNSIGNED NOT NULL,
  person_id           BIGINT UNSIGNED NOT NULL,
  kind                ENUM('upload','comment') NOT NULL,
  receipt_no          VARCHAR(30)     NOT NULL,
  comment_request_id  BIGINT UNSIGNED NULL,
  description         TEXT            NULL,
  received_at         DATETIME(6)     NOT NULL,
  ip                  VARCHAR(45)     NULL,
  UNIQUE KEY submission_receipt (receipt_no),
  KEY submission_case (case_id, received_at),
  KEY submission_person_day (person_id, received_at),
  CONSTRAINT submission_case FOREIGN KEY (case_id) REFERENCES kase (id),
  CONSTRAINT submission_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files of a submission, stored content-addressed by sha256. One file per case is kept
-- once: the same bytes sent again on the same case are recognised, not stored again.
CREATE TABLE submission_file (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  submission_id  BIGINT UNSIGNED NOT NULL,
  case_id        BIGINT UNSIGNED NOT NULL,
  filename       VARCHAR(200)    NOT NULL,
  content_type   VARCHAR(100)    NOT NULL,
  size           BIGINT UNSIGNED NOT NULL,
  sha256         CHAR(64)        NOT NULL,
  UNIQUE KEY submission_file_case_sha (case_id, sha256),
  KEY submission_file_submission (submission_id),
  CONSTRAINT submission_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

GRANT SELECT, INSERT ON minside.consent TO 'minside_web'@'localhost';
GRANT SELECT ON minside.person_block TO 'minside_web'@'localhost';
GRANT SELECT ON minside.document TO 'minside_web'@'localhost';
GRANT SELECT, INSERT ON minside.document_view TO 'minside_web'@'localhost';
GRANT SELECT ON minside.case_event TO 'minside_web'@'localhost';
GRANT SELECT, INSERT, UPDATE ON minside.case_view TO 'minside_web'@'localhost';
GRANT SELECT ON minside.comment_request TO 'minside_web'@'localhost';
GRANT SELECT, INSERT ON minside.submission TO 'minside_web'@'localhost';
GRANT SELECT, INSERT ON minside.submission_file TO 'minside_web'@'localhost';
GRANT UPDATE (email) ON minside.person TO 'minside_web'@'localhost';
