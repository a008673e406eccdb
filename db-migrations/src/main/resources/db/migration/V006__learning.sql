-- Learning: enrolments of members in courses, the lessons they have done, and assignments of courses to
-- teams or unit subtrees with a due date. Progress is recorded by lesson_key, so it survives revisions.

CREATE TABLE course_assignment (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    course_id   BIGINT      NOT NULL,
    team_id     BIGINT      NULL,
    unit_id     BIGINT      NULL,
    due_on      DATE        NOT NULL,
    assigned_by BIGINT      NOT NULL,
    assigned_at DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_assignment_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_assignment_account FOREIGN KEY (assigned_by) REFERENCES account (id),
    CONSTRAINT ck_assignment_target CHECK ((team_id IS NULL) <> (unit_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_assignment_course ON course_assignment (course_id, assigned_at);

-- One enrolment per member and course. lessons_done / lessons_required are kept by the application
-- for the current published revision, so lists and reports never count progress rows.
CREATE TABLE enrolment (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    course_id        BIGINT      NOT NULL,
    member_id        BIGINT      NOT NULL,
    enrolled_at      DATETIME(6) NOT NULL,
    assignment_id    BIGINT      NULL,
    due_on           DATE        NULL,
    last_lesson_key  VARCHAR(36)    NULL,
    lessons_done     INT         NOT NULL DEFAULT 0,
    lessons_required INT         NOT NULL DEFAULT 0,
    completed_at     DATETIME(6) NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_course_member UNIQUE (course_id, member_id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_enrolment_assignment FOREIGN KEY (assignment_id) REFERENCES course_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_enrolment_member ON enrolment (member_id, enrolled_at);
CREATE INDEX ix_enrolment_assignment ON enrolment (assignment_id);

-- A lesson done: the primary key makes "mark as done" idempotent, also when sent twice at once.
CREATE TABLE lesson_progress (
    enrolment_id BIGINT      NOT NULL,
    lesson_key   VARCHAR(36)    NOT NULL,
    done_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_key),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
