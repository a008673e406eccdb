-- Each run of a periodic job, on whichever node ran it: what the admin's job page shows as last run and outcome.
-- The summary is a text key and its numbers, so the page shows it in the reader's language.
CREATE TABLE job_run (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    job_name     VARCHAR(100)  NOT NULL,
    node         VARCHAR(200)  NOT NULL,
    started_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6)   NULL,
    outcome      VARCHAR(16)   NOT NULL,
    summary_key  VARCHAR(100)  NULL,
    summary_args VARCHAR(500)  NULL,
    error        VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_job_run_outcome CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_job_run_job ON job_run (job_name, started_at);
