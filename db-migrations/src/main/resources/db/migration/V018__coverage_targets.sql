-- Targets a steering committee sets for a unit: an indicator's percent to reach by a date (80 % of households with a
-- proficient person by 31/12/2026). A unit without one of its own follows its nearest ancestor's.
CREATE TABLE coverage_target (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id    BIGINT       NOT NULL,
    indicator  VARCHAR(24)  NOT NULL,
    percent    DECIMAL(4, 1) NOT NULL,
    due_on     DATE         NOT NULL,
    set_by     VARCHAR(64)  NOT NULL,
    set_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_coverage_target UNIQUE (unit_id, indicator, due_on),
    CONSTRAINT ck_coverage_target_percent CHECK (percent > 0 AND percent <= 100),
    CONSTRAINT ck_coverage_target_indicator CHECK (indicator IN ('REACHED', 'PROFICIENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
