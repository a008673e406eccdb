-- Question banks, one per course, organised in categories. A category's name is its GIFT path ("VNeID/Kích hoạt"),
-- so an imported file's categories come back on export. Questions are never deleted, only made inactive: attempts
-- will refer to them. HTML columns hold sanitized HTML only.

CREATE TABLE question_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    course_id  BIGINT       NOT NULL,
    name       VARCHAR(255) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_category_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uq_question_category_name UNIQUE (course_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE question (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    course_id        BIGINT        NOT NULL,
    category_id      BIGINT        NOT NULL,
    type             VARCHAR(16)   NOT NULL,
    title            VARCHAR(255)  NOT NULL DEFAULT '',
    text_html        MEDIUMTEXT    NOT NULL,
    search_key       VARCHAR(500)  NOT NULL,
    image_file_id    BIGINT        NULL,
    explanation_html MEDIUMTEXT    NULL,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_question_category FOREIGN KEY (category_id) REFERENCES question_category (id),
    CONSTRAINT fk_question_image FOREIGN KEY (image_file_id) REFERENCES stored_file (id),
    CONSTRAINT ck_question_type CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_question_course ON question (course_id, active, category_id);

-- weight_percent is GIFT's %n%: 100 for the one right answer of a single choice, the share of a multiple choice.
CREATE TABLE question_choice (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    question_id    BIGINT        NOT NULL,
    position       INT           NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    correct        BOOLEAN       NOT NULL,
    weight_percent INT           NOT NULL DEFAULT 0,
    feedback_html  MEDIUMTEXT    NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_choice_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT uq_question_choice_position UNIQUE (question_id, position),
    CONSTRAINT ck_question_choice_weight CHECK (weight_percent BETWEEN -100 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
