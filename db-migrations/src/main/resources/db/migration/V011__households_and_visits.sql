-- The field half: households of a hamlet, the visits a team pays them, follow-ups, data-quality flags, the gate that
-- asks for a certificate before a service is recorded as done, and the device tokens of the offline field app.

-- A household belongs to a hamlet (the deepest unit). client_id is the UUID a phone made for a household it added
-- offline: its unique key makes a resend answer the stored household instead of adding a second.
CREATE TABLE household (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id        BIGINT        NOT NULL,
    code           VARCHAR(32)   NOT NULL,
    client_id      VARCHAR(36)      NULL,
    head_name      VARCHAR(120)  NOT NULL,
    search_key     VARCHAR(120)  NOT NULL,
    house_number   VARCHAR(32)   NULL,
    street         VARCHAR(150)  NULL,
    phone          VARCHAR(20)   NULL,
    residents      INT           NOT NULL DEFAULT 1,
    notes          VARCHAR(500)  NULL,
    latitude       DECIMAL(9, 6) NULL,
    longitude      DECIMAL(9, 6) NULL,
    accuracy_m     INT           NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at     DATETIME(3)   NOT NULL,
    created_by     VARCHAR(64)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_household_unit_code UNIQUE (unit_id, code),
    CONSTRAINT uq_household_client UNIQUE (client_id),
    CONSTRAINT fk_household_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_household_residents CHECK (residents BETWEEN 1 AND 99)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_household_unit_search ON household (unit_id, search_key);
CREATE INDEX ix_household_search ON household (search_key);

-- A visit's id is the UUID made on the phone: the primary key decides exactly-once, not a look-up before the insert.
-- body_hash is the digest of the request that stored this version, so a resend is told from a conflicting body.
-- unit_id is the household's unit on the visit's date; visited_at is Vietnam's wall-clock time.
CREATE TABLE visit (
    id               VARCHAR(36)      NOT NULL,
    household_id     BIGINT        NOT NULL,
    team_id          BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    author_member_id BIGINT        NOT NULL,
    visited_at       DATETIME      NOT NULL,
    visited_on       DATE          NOT NULL,
    latitude         DECIMAL(9, 6) NULL,
    longitude        DECIMAL(9, 6) NULL,
    accuracy_m       INT           NULL,
    note             VARCHAR(1000) NULL,
    body_hash        VARCHAR(64)      NOT NULL,
    version          INT           NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_visit_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_visit_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_visit_author FOREIGN KEY (author_member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_visit_household ON visit (household_id, visited_at);
CREATE INDEX ix_visit_team ON visit (team_id, visited_at);
CREATE INDEX ix_visit_author ON visit (author_member_id, visited_at);
CREATE INDEX ix_visit_unit ON visit (unit_id, visited_on);

-- The members who went, the logging member first (position 0).
CREATE TABLE visit_member (
    visit_id  VARCHAR(36) NOT NULL,
    member_id BIGINT   NOT NULL,
    position  INT      NOT NULL,
    PRIMARY KEY (visit_id, member_id),
    CONSTRAINT fk_visit_member_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE,
    CONSTRAINT fk_visit_member_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_visit_member_member ON visit_member (member_id);

CREATE TABLE visit_service (
    visit_id     VARCHAR(36)     NOT NULL,
    service      VARCHAR(24)  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    note         VARCHAR(500) NULL,
    follow_up_on DATE         NULL,
    PRIMARY KEY (visit_id, service),
    CONSTRAINT fk_visit_service_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Residents helped, with the basic digital skills each showed on that visit (codes, comma separated).
CREATE TABLE visit_resident (
    visit_id   VARCHAR(36)     NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(120) NOT NULL,
    birth_year INT          NULL,
    skills     VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (visit_id, position),
    CONSTRAINT fk_visit_resident_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Every stored version of a visit, as the JSON that was sent: an edit never loses what it replaced.
CREATE TABLE visit_version (
    visit_id   VARCHAR(36)    NOT NULL,
    version    INT         NOT NULL,
    body       MEDIUMTEXT  NOT NULL,
    saved_at   DATETIME(3) NOT NULL,
    saved_by   BIGINT      NOT NULL,
    PRIMARY KEY (visit_id, version),
    CONSTRAINT fk_visit_version_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A PARTIAL outcome opens a follow-up for the household and service; a later DONE closes it. open_key is the
-- household and service while the follow-up is open and NULL once closed, so at most one is open at a time.
CREATE TABLE follow_up (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    household_id     BIGINT      NOT NULL,
    service          VARCHAR(24) NOT NULL,
    member_id        BIGINT      NOT NULL,
    team_id          BIGINT      NOT NULL,
    unit_id          BIGINT      NOT NULL,
    opened_by_visit  VARCHAR(36)    NOT NULL,
    due_on           DATE        NOT NULL,
    closed_by_visit  VARCHAR(36)    NULL,
    closed_on        DATE        NULL,
    open_key         VARCHAR(48) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_follow_up_open UNIQUE (open_key),
    CONSTRAINT fk_follow_up_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_follow_up_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_follow_up_member_due ON follow_up (member_id, closed_on, due_on);
CREATE INDEX ix_follow_up_unit_due ON follow_up (unit_id, closed_on, due_on);

-- Data-quality flags: stored and listed, never a silent rejection. One flag of a kind per visit.
CREATE TABLE visit_flag (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    visit_id        VARCHAR(36)     NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    detail          VARCHAR(200) NULL,
    team_id         BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL,
    raised_at       DATETIME(3)  NOT NULL,
    resolved_at     DATETIME(3)  NULL,
    resolved_by     BIGINT       NULL,
    resolution_note VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_visit_flag UNIQUE (visit_id, kind),
    CONSTRAINT fk_visit_flag_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_visit_flag_team ON visit_flag (team_id, resolved_at);
CREATE INDEX ix_visit_flag_unit ON visit_flag (unit_id, resolved_at);

-- Which certificate a member needs to record a service as DONE or PARTIAL. No row, or gated = FALSE: no gate.
CREATE TABLE service_gate (
    service  VARCHAR(24) NOT NULL,
    skill_id BIGINT      NULL,
    gated    BOOLEAN     NOT NULL DEFAULT TRUE,
    version  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (service),
    CONSTRAINT fk_service_gate_skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Bearer tokens of the field app: only a SHA-256 of the token is kept. The account's security stamp at issue ends
-- the token when the password, the enabled flag or the roles change.
CREATE TABLE device_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    token_hash   VARCHAR(64)     NOT NULL,
    device_name  VARCHAR(120) NOT NULL,
    stamp        VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    last_used_at DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_device_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_device_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_device_token_account ON device_token (account_id, revoked_at);
