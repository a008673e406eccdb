-- Uploaded files (cover images, videos, documents). The bytes live under LANGSO_DATA_DIR, outside the web
-- root, named by file_key; content_type is what the content was recognised as, never what the name claims.
CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    file_key      VARCHAR(32)     NOT NULL,
    course_id     BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)     NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_stored_file_key UNIQUE (file_key),
    CONSTRAINT fk_stored_file_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_stored_file_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id),
    CONSTRAINT ck_stored_file_kind CHECK (kind IN ('IMAGE', 'VIDEO', 'DOCUMENT')),
    CONSTRAINT ck_stored_file_size CHECK (size_bytes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE course_revision
    ADD CONSTRAINT fk_course_revision_cover FOREIGN KEY (cover_file_id) REFERENCES stored_file (id);

ALTER TABLE lesson
    ADD CONSTRAINT fk_lesson_video_file FOREIGN KEY (video_file_id) REFERENCES stored_file (id),
    ADD CONSTRAINT fk_lesson_document_file FOREIGN KEY (document_file_id) REFERENCES stored_file (id);
