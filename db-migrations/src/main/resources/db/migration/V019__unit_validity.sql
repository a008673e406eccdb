-- Units carry validity dates, for reforms such as the one of 1 July 2025 (districts abolished, communes merged): a
-- merged unit is closed on the effective date (valid_to, the first day it no longer exists) and names the unit it went
-- into; the new unit starts on that day. A code is unique among open units only: a new commune often keeps the GSO
-- code of one of the communes it was made of, so a code alone names a unit only together with its dates.
ALTER TABLE admin_unit
    ADD COLUMN valid_from   DATE   NULL,
    ADD COLUMN valid_to     DATE   NULL,
    ADD COLUMN successor_id BIGINT NULL,
    ADD COLUMN open_code    VARCHAR(20) GENERATED ALWAYS AS (CASE WHEN valid_to IS NULL THEN code END) STORED;

ALTER TABLE admin_unit DROP INDEX uq_admin_unit_code;
ALTER TABLE admin_unit ADD CONSTRAINT uq_admin_unit_open_code UNIQUE (open_code);
ALTER TABLE admin_unit
    ADD CONSTRAINT fk_admin_unit_successor FOREIGN KEY (successor_id) REFERENCES admin_unit (id);
CREATE INDEX ix_admin_unit_code ON admin_unit (code);

-- A merge moves the merged unit, with everything under it, beneath the unit it went into: households, visits and
-- counters stay on the hamlets they were written for, and the new unit's subtree holds their whole history. The path
-- each moved unit had before the effective date is kept here, so that a report for a period that ends before it rolls
-- up by the old hierarchy.
CREATE TABLE admin_unit_past_path (
    unit_id  BIGINT       NOT NULL,
    valid_to DATE         NOT NULL,
    path     VARCHAR(255) NOT NULL,
    PRIMARY KEY (unit_id, valid_to),
    CONSTRAINT fk_admin_unit_past_path_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_admin_unit_past_path_day ON admin_unit_past_path (valid_to);
