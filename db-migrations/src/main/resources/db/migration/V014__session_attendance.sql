-- Who came to a village session, and the private calendar links of members.

-- Kept in the same transaction as the attendance rows, under the session's row lock: the capacity check reads them
-- instead of counting, and the calendar and reports show them without a join.
ALTER TABLE session_occurrence
    ADD COLUMN people_attended     INT NOT NULL DEFAULT 0,
    ADD COLUMN households_attended INT NOT NULL DEFAULT 0;

-- One row per household (with the residents who came) or per team member at a session. The id is the UUID the phone
-- made, so a resend stores nothing twice; the unique keys make a household or a member count once per session, also
-- when two facilitators record them. unit_id is the household's unit (a member's row: the session's unit).
CREATE TABLE session_attendance (
    id            VARCHAR(36)  NOT NULL,
    occurrence_id BIGINT       NOT NULL,
    household_id  BIGINT       NULL,
    member_id     BIGINT       NULL,
    unit_id       BIGINT       NOT NULL,
    people        INT          NOT NULL,
    body_hash     VARCHAR(64)  NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_session_attendance_household UNIQUE (occurrence_id, household_id),
    CONSTRAINT uq_session_attendance_member UNIQUE (occurrence_id, member_id),
    CONSTRAINT fk_session_attendance_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id),
    CONSTRAINT fk_session_attendance_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_session_attendance_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_session_attendance_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_session_attendance_who CHECK ((household_id IS NULL) <> (member_id IS NULL)),
    CONSTRAINT ck_session_attendance_people CHECK (people BETWEEN 1 AND 30)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_session_attendance_household ON session_attendance (household_id);
CREATE INDEX ix_session_attendance_member ON session_attendance (member_id);

-- The residents of a household who came; they showed the session's skills.
CREATE TABLE session_attendance_resident (
    attendance_id VARCHAR(36)  NOT NULL,
    position      INT          NOT NULL,
    name          VARCHAR(120) NOT NULL,
    birth_year    INT          NULL,
    PRIMARY KEY (attendance_id, position),
    CONSTRAINT fk_session_attendance_resident FOREIGN KEY (attendance_id) REFERENCES session_attendance (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A member's private calendar link: only a SHA-256 of its token is kept; a new link revokes the old one.
CREATE TABLE calendar_feed (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    member_id  BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    revoked_at DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_calendar_feed_member ON calendar_feed (member_id, revoked_at);
