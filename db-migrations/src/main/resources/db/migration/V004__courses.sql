-- Courses and their content. A course is a stable identity; what learners read is a revision of it.
-- Publishing freezes the draft revision; editing a published course works on a new draft revision,
-- copied from the published one, that learners do not see until it is published. A lesson keeps its
-- lesson_key across revisions, so progress recorded against the key survives an edit.

CREATE TABLE course (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    status                VARCHAR(16) NOT NULL,
    owner_id              BIGINT      NOT NULL,
    published_revision_id BIGINT      NULL,
    draft_revision_id     BIGINT      NULL,
    created_at            DATETIME(6) NOT NULL,
    published_at          DATETIME(6) NULL,
    archived_at           DATETIME(6) NULL,
    version               BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT ck_course_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_course_status ON course (status);

CREATE TABLE course_revision (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    course_id         BIGINT        NOT NULL,
    number            INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    search_key        VARCHAR(200)  NOT NULL,
    summary           VARCHAR(2000) NULL,
    cover_file_id     BIGINT        NULL,
    language          VARCHAR(8)    NOT NULL DEFAULT 'vi',
    estimated_minutes INT           NULL,
    created_at        DATETIME(6)   NOT NULL,
    published_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_revision_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT uq_course_revision_number UNIQUE (course_id, number),
    CONSTRAINT ck_course_revision_minutes CHECK (estimated_minutes IS NULL OR estimated_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_course_revision_search ON course_revision (search_key);

ALTER TABLE course
    ADD CONSTRAINT fk_course_published_revision FOREIGN KEY (published_revision_id) REFERENCES course_revision (id),
    ADD CONSTRAINT fk_course_draft_revision FOREIGN KEY (draft_revision_id) REFERENCES course_revision (id);

-- The outreach services a revision teaches (codes of domain.md: VNEID, PUBLIC_SERVICE, ...).
CREATE TABLE course_revision_service (
    revision_id  BIGINT      NOT NULL,
    service_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (revision_id, service_code),
    CONSTRAINT fk_revision_service_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_revision_service_code ON course_revision_service (service_code, revision_id);

-- Trainers besides the owner who may edit the course.
CREATE TABLE course_trainer (
    course_id  BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, account_id),
    CONSTRAINT fk_course_trainer_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_trainer_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_course_trainer_account ON course_trainer (account_id);

CREATE TABLE course_section (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    revision_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title       VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_section_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_course_section_revision ON course_section (revision_id, position);

-- body holds sanitized HTML only (TEXT lessons); files are stored_file rows (V005).
CREATE TABLE lesson (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    revision_id       BIGINT        NOT NULL,
    section_id        BIGINT        NOT NULL,
    lesson_key        VARCHAR(36)      NOT NULL,
    position          INT           NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    body              MEDIUMTEXT    NULL,
    video_file_id     BIGINT        NULL,
    document_file_id  BIGINT        NULL,
    link_url          VARCHAR(1000) NULL,
    required          BOOLEAN       NOT NULL DEFAULT TRUE,
    estimated_minutes INT           NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_lesson_revision FOREIGN KEY (revision_id) REFERENCES course_revision (id),
    CONSTRAINT fk_lesson_section FOREIGN KEY (section_id) REFERENCES course_section (id),
    CONSTRAINT uq_lesson_revision_key UNIQUE (revision_id, lesson_key),
    CONSTRAINT ck_lesson_kind CHECK (kind IN ('TEXT', 'VIDEO', 'DOCUMENT', 'LINK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_lesson_section ON lesson (section_id, position);
