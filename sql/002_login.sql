-- Login: persons known from the case system, cases and roles (the pilot gate needs them),
-- sessions and login attempts.

-- A person is found by a keyed HMAC of the national identity number (pid); the number
-- itself is not stored. Names and roles come from the case-management system.
CREATE TABLE person (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pid_hmac    CHAR(64)        NOT NULL,
  name        VARCHAR(200)    NOT NULL,
  kind        ENUM('private','lawyer') NOT NULL DEFAULT 'private',
  email       VARCHAR(254)    NULL,
  created_at  DATETIME(6)     NOT NULL,
  UNIQUE KEY person_pid_hmac (pid_hmac)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kase (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no     VARCHAR(20)     NOT NULL,
  status      VARCHAR(30)     NOT NULL COMMENT 'received, preparing, expert, comments, decision, closed',
  pilot       TINYINT(1)      NOT NULL DEFAULT 0,
  created_at  DATETIME(6)     NOT NULL,
  UNIQUE KEY kase_case_no (case_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- party: the complainant; lawyer: the registered representative (fullmektig).
CREATE TABLE case_role (
  case_id     BIGINT UNSIGNED NOT NULL,
  person_id   BIGINT UNSIGNED NOT NULL,
  role        ENUM('party','lawyer') NOT NULL,
  PRIMARY KEY (case_id, person_id),
  KEY case_role_person (person_id),
  CONSTRAINT case_role_case FOREIGN KEY (case_id) REFERENCES kase (id),
  CONSTRAINT case_role_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the SHA-256 of the session token is kept. Times are epoch seconds (UTC).
CREATE TABLE session (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash    CHAR(64)        NOT NULL,
  person_id     BIGINT UNSIGNED NOT NULL,
  idp_sid       VARCHAR(128)    NULL,
  id_token      TEXT            NOT NULL COMMENT 'for id_token_hint at logout',
  csrf_token    VARCHAR(64)     NOT NULL,
  created_at    BIGINT          NOT NULL,
  last_seen_at  BIGINT          NOT NULL,
  expires_at    BIGINT          NOT NULL,
  UNIQUE KEY session_token_hash (token_hash),
  KEY session_idp_sid (idp_sid),
  KEY session_person (person_id),
  CONSTRAINT session_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per login started: state, nonce and PKCE verifier bound to the browser's
-- __Host-login cookie (its SHA-256 is the key). Used once, then deleted.
CREATE TABLE login_attempt (
  token_hash    CHAR(64)        NOT NULL PRIMARY KEY,
  state         VARCHAR(64)     NOT NULL,
  nonce         VARCHAR(64)     NOT NULL,
  code_verifier VARCHAR(128)    NOT NULL,
  created_at    BIGINT          NOT NULL,
  KEY login_attempt_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

GRANT SELECT ON minside.person TO 'minside_web'@'localhost';
GRANT SELECT ON minside.kase TO 'minside_web'@'localhost';
GRANT SELECT ON minside.case_role TO 'minside_web'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON minside.session TO 'minside_web'@'localhost';
GRANT SELECT, INSERT, DELETE ON minside.login_attempt TO 'minside_web'@'localhost';
