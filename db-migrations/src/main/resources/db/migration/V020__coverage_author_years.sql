-- Each member's visits per hamlet are also counted by year (grain B), so that the active members of a year read one
-- row per hamlet and member instead of twelve. Rows of the years already counted are the sums of their months.
ALTER TABLE coverage_count DROP CONSTRAINT ck_coverage_count_grain;
ALTER TABLE coverage_count
    ADD CONSTRAINT ck_coverage_count_grain CHECK (grain IN ('D', 'M', 'Y', 'T', 'A', 'B', 'H'));

INSERT INTO coverage_count (unit_id, grain, start, measure, n)
SELECT unit_id, 'B', MAKEDATE(YEAR(start), 1), measure, SUM(n)
FROM coverage_count
WHERE grain = 'A'
GROUP BY unit_id, YEAR(start), measure;
