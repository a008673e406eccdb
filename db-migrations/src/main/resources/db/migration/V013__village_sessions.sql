-- Village sessions: a series of gatherings in a unit (a hamlet's cultural house), its occurrences as concrete rows for a
-- rolling horizon, the reminders due before each, and who attended. Times are Vietnam's wall-clock time (no DST).

-- A series holds what repeats: the RFC 5545 rule (null for a one-off) and the first start; services and skills taught
-- are comma-separated enum names. team_id is the team whose leader scheduled it (null: a trainer's), for scope.
CREATE TABLE session_series (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    team_id          BIGINT        NULL,
    title            VARCHAR(200)  NOT NULL,
    search_key       VARCHAR(200)  NOT NULL,
    services         VARCHAR(200)  NOT NULL,
    skills           VARCHAR(200)  NULL,
    course_id        BIGINT        NULL,
    place            VARCHAR(200)  NOT NULL,
    capacity         INT           NULL,
    first_start      DATETIME      NOT NULL,
    duration_minutes INT           NOT NULL,
    rrule            VARCHAR(200)  NULL,
    planned_until    DATETIME      NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_series_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_session_series_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_session_series_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_session_series_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 1000),
    CONSTRAINT ck_session_series_duration CHECK (duration_minutes BETWEEN 15 AND 720)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE session_facilitator (
    series_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (series_id, member_id),
    CONSTRAINT fk_session_facilitator_series FOREIGN KEY (series_id) REFERENCES session_series (id),
    CONSTRAINT fk_session_facilitator_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One occurrence per start the rule gives (recurrence_start, iCalendar's RECURRENCE-ID): generating the horizon again
-- adds nothing twice. A moved occurrence keeps its recurrence_start and changes starts_at; a cancelled one stays.
CREATE TABLE session_occurrence (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    series_id        BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    recurrence_start DATETIME      NOT NULL,
    starts_at        DATETIME      NOT NULL,
    ends_at          DATETIME      NOT NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'SCHEDULED',
    cancel_reason    VARCHAR(300)  NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_session_occurrence_start UNIQUE (series_id, recurrence_start),
    CONSTRAINT fk_session_occurrence_series FOREIGN KEY (series_id) REFERENCES session_series (id),
    CONSTRAINT fk_session_occurrence_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_session_occurrence_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_session_occurrence_times CHECK (starts_at < ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_session_occurrence_starts ON session_occurrence (starts_at);
CREATE INDEX ix_session_occurrence_unit_starts ON session_occurrence (unit_id, starts_at);

-- A reminder is a row, due at a time, sent once: the unique key (occurrence, person, kind) is what makes a sweep run
-- twice, or on two nodes, send nothing twice. Moving an occurrence moves its unsent reminders.
CREATE TABLE session_reminder (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    occurrence_id BIGINT      NOT NULL,
    member_id     BIGINT      NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    due_at        DATETIME    NOT NULL,
    sent_at       DATETIME(3) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_session_reminder UNIQUE (occurrence_id, member_id, kind),
    CONSTRAINT fk_session_reminder_occurrence FOREIGN KEY (occurrence_id) REFERENCES session_occurrence (id),
    CONSTRAINT fk_session_reminder_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_session_reminder_kind CHECK (kind IN ('DAY_BEFORE', 'HOUR_BEFORE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_session_reminder_due ON session_reminder (sent_at, due_at);
