-- Quizzes and attempts. A quiz is a lesson of kind QUIZ; its settings live in a quiz row keyed by the course and the
-- lesson's key, which lessons keep across revisions, so a quiz (and every attempt at it) survives a new revision
-- without copying. Settings are not revisioned: a trainer may move a window or a pass mark of a published quiz.

ALTER TABLE lesson DROP CONSTRAINT ck_lesson_kind;
ALTER TABLE lesson ADD CONSTRAINT ck_lesson_kind CHECK (kind IN ('TEXT', 'VIDEO', 'DOCUMENT', 'LINK', 'QUIZ'));

CREATE TABLE quiz (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    course_id          BIGINT      NOT NULL,
    lesson_key         VARCHAR(36) NOT NULL,
    time_limit_minutes INT         NULL,
    opens_at           DATETIME(6) NULL,
    closes_at          DATETIME(6) NULL,
    max_attempts       INT         NULL,
    pass_percent       INT         NOT NULL DEFAULT 80,
    shuffle_questions  BOOLEAN     NOT NULL DEFAULT TRUE,
    shuffle_choices    BOOLEAN     NOT NULL DEFAULT TRUE,
    review_mode        VARCHAR(20) NOT NULL DEFAULT 'FEEDBACK',
    version            BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_quiz_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uq_quiz_lesson UNIQUE (course_id, lesson_key),
    CONSTRAINT ck_quiz_pass CHECK (pass_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_quiz_limit CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0),
    CONSTRAINT ck_quiz_attempts CHECK (max_attempts IS NULL OR max_attempts > 0),
    CONSTRAINT ck_quiz_window CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at),
    CONSTRAINT ck_quiz_review CHECK (review_mode IN ('SCORE_ONLY', 'CORRECT_ANSWERS', 'FEEDBACK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What an attempt asks, in order: one fixed question, or draw_count questions at random from a category.
CREATE TABLE quiz_slot (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    quiz_id     BIGINT NOT NULL,
    position    INT    NOT NULL,
    question_id BIGINT NULL,
    category_id BIGINT NULL,
    draw_count  INT    NOT NULL DEFAULT 1,
    version     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_quiz_slot_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_quiz_slot_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_quiz_slot_category FOREIGN KEY (category_id) REFERENCES question_category (id),
    CONSTRAINT ck_quiz_slot_kind CHECK ((question_id IS NULL) <> (category_id IS NULL)),
    CONSTRAINT ck_quiz_slot_count CHECK (draw_count > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_quiz_slot_quiz ON quiz_slot (quiz_id, position);

-- An attempt: its deadline is fixed by the server when it starts (NULL: the quiz has no time limit and no closing
-- time). The unique number per member makes a start sent twice at once create one attempt.
CREATE TABLE quiz_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    quiz_id      BIGINT       NOT NULL,
    member_id    BIGINT       NOT NULL,
    number       INT          NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    deadline_at  DATETIME(6)  NULL,
    submitted_at DATETIME(6)  NULL,
    points       DECIMAL(8,2) NULL,
    percent      DECIMAL(5,2) NULL,
    passed       BOOLEAN      NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_attempt_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id),
    CONSTRAINT fk_attempt_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_attempt_number UNIQUE (quiz_id, member_id, number),
    CONSTRAINT ck_attempt_status CHECK (status IN ('IN_PROGRESS', 'SUBMITTED', 'AUTO_SUBMITTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_attempt_member ON quiz_attempt (member_id, quiz_id);
-- The deadline job looks for open attempts whose deadline has passed.
CREATE INDEX ix_attempt_open ON quiz_attempt (status, deadline_at);

-- The questions an attempt asks, fixed at its start: the order of questions and of each question's choices, the
-- choices given so far (saved one question at a time, so nothing is lost on a reload) and, once graded, the points.
-- Choice ids are kept as text lists, not foreign keys: an attempt is a record of what was asked and answered.
CREATE TABLE attempt_question (
    attempt_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    question_id  BIGINT       NOT NULL,
    choice_order VARCHAR(500) NOT NULL,
    chosen       VARCHAR(500) NULL,
    answered_at  DATETIME(6)  NULL,
    points       DECIMAL(6,4) NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id),
    CONSTRAINT fk_attempt_question_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT uq_attempt_question UNIQUE (attempt_id, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
