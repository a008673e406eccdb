-- Skills, the rule that certifies a member in a skill, certificates with the history of their issues, and in-app
-- notifications (renewal reminders). A certificate is one row per member and skill: renewing it writes a new
-- certificate_issue and moves the dates; its number and verification code stay, so a printed QR code keeps working.

CREATE TABLE skill (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_skill_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- One rule per skill: every listed course complete and every listed quiz passed with at least min_percent.
CREATE TABLE certification_rule (
    id              BIGINT NOT NULL AUTO_INCREMENT,
    skill_id        BIGINT NOT NULL,
    validity_months INT    NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_rule_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT uq_rule_skill UNIQUE (skill_id),
    CONSTRAINT ck_rule_validity CHECK (validity_months BETWEEN 1 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE certification_rule_course (
    rule_id   BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    PRIMARY KEY (rule_id, course_id),
    CONSTRAINT fk_rule_course_rule FOREIGN KEY (rule_id) REFERENCES certification_rule (id),
    CONSTRAINT fk_rule_course_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_rule_course_course ON certification_rule_course (course_id);

CREATE TABLE certification_rule_quiz (
    rule_id     BIGINT NOT NULL,
    quiz_id     BIGINT NOT NULL,
    min_percent INT    NOT NULL,
    PRIMARY KEY (rule_id, quiz_id),
    CONSTRAINT fk_rule_quiz_rule FOREIGN KEY (rule_id) REFERENCES certification_rule (id),
    CONSTRAINT fk_rule_quiz_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT ck_rule_quiz_min CHECK (min_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_rule_quiz_quiz ON certification_rule_quiz (quiz_id);

CREATE TABLE certificate (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    number            VARCHAR(20)  NOT NULL,
    member_id         BIGINT       NOT NULL,
    skill_id          BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    issued_on         DATE         NOT NULL,
    expires_on        DATE         NOT NULL,
    verification_code VARCHAR(40)  NOT NULL,
    revoked_at        DATETIME(6)  NULL,
    revoked_by        BIGINT       NULL,
    revoke_reason     VARCHAR(500) NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_certificate_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT fk_certificate_revoker FOREIGN KEY (revoked_by) REFERENCES account (id),
    CONSTRAINT uq_certificate_number UNIQUE (number),
    CONSTRAINT uq_certificate_code UNIQUE (verification_code),
    CONSTRAINT uq_certificate_member_skill UNIQUE (member_id, skill_id),
    CONSTRAINT ck_certificate_status CHECK (status IN ('ACTIVE', 'EXPIRED', 'REVOKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The nightly job finds what expires by status and date.
CREATE INDEX ix_certificate_expiry ON certificate (status, expires_on);
CREATE INDEX ix_certificate_skill ON certificate (skill_id, status);

CREATE TABLE certificate_issue (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    certificate_id BIGINT      NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    issued_on      DATE        NOT NULL,
    expires_on     DATE        NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_issue_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT ck_issue_kind CHECK (kind IN ('ISSUED', 'RENEWED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_issue_certificate ON certificate_issue (certificate_id, issued_at);

-- In-app notifications for a member. dedupe_key is unique: a job that runs twice (or on two nodes) and inserts the
-- same reminder again inserts nothing. The text is a message key and its arguments, shown in the reader's language.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    member_id   BIGINT        NOT NULL,
    dedupe_key  VARCHAR(150)  NOT NULL,
    message_key VARCHAR(100)  NOT NULL,
    message_args VARCHAR(1000) NULL,
    link        VARCHAR(300)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    emailed_at  DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_notification_dedupe UNIQUE (dedupe_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_notification_member ON notification (member_id, created_at);
