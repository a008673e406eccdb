-- Coverage: what the teams have reached, kept by the visit, attendance and household writes in their own transactions,
-- so that a dashboard reads small counters instead of scanning visits. A nightly recount proves they match.

-- Each registered household's state, derived from its visits and session attendance (see HouseholdState): the day it was
-- first reached, the day it first had a resident who had shown all five basic digital skills, and per service the
-- adoption funnel: 'VNEID=2026-01-02/2026-01-05/-;...' (first helped, first done, first declined), and per resident
-- the first day each skill was shown ('le van ba=PUBLIC_SERVICES:2026-01-02,...;...'). Every part is an earliest day,
-- so a new visit is folded into the row without reading the household's other visits.
-- One row per household, locked by its primary key, puts the writes of one household in a row; a second table of
-- service rows would be rewritten under gap locks, and neighbouring households' writes would deadlock on them.
CREATE TABLE coverage_household (
    household_id  BIGINT       NOT NULL,
    unit_id       BIGINT       NOT NULL,
    registered    BOOLEAN      NOT NULL,
    reached_on    DATE         NULL,
    proficient_on DATE         NULL,
    services      VARCHAR(400) NOT NULL DEFAULT '',
    residents     TEXT         NULL,
    PRIMARY KEY (household_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_coverage_household_unit ON coverage_household (unit_id, household_id);

-- Counters per hamlet (the unit a household or visit is in; never a higher unit, so no row is hot province-wide), per
-- measure, at four grains: the day, the month and the year (by their first day) and the total (grain T, start
-- 2000-01-01). A figure for a subtree sums its hamlets' rows; a period sums its whole years, then whole months, then
-- the days at its ends, so that a year of a province reads a few thousand rows: the key puts the period's start
-- before the measure, so each of those is one range of the index. Each member's visits are counted by month only
-- (grain A, measure AUTHOR.<member id>): the active members of a period. Households reached and proficient are also
-- counted by month apart (grain H), so the 12-month trend reads those two measures' rows alone.
CREATE TABLE coverage_count (
    unit_id BIGINT      NOT NULL,
    grain   CHAR(1)     NOT NULL,
    start   DATE        NOT NULL,
    measure VARCHAR(40) NOT NULL,
    n       INT         NOT NULL,
    PRIMARY KEY (unit_id, grain, start, measure),
    CONSTRAINT ck_coverage_count_grain CHECK (grain IN ('D', 'M', 'Y', 'T', 'A', 'H'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- What a recount found different from the counters it then corrected: there should never be a row.
CREATE TABLE coverage_drift (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    found_at    DATETIME(3) NOT NULL,
    unit_id     BIGINT      NOT NULL,
    grain       CHAR(1)     NOT NULL,
    measure     VARCHAR(40) NOT NULL,
    start       DATE        NOT NULL,
    expected    INT         NOT NULL,
    found       INT         NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_coverage_drift_found ON coverage_drift (found_at);

-- Set when the first count of coverage (over data written before coverage was kept) has gone through every hamlet.
CREATE TABLE coverage_first_count (
    id         INT         NOT NULL,
    counted_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
