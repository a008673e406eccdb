-- A certification rule may also ask a member to have attended a number of village sessions teaching a service
-- (e.g. three VNeID sessions), as the data of the rule rather than code. Both columns set, or neither.
ALTER TABLE certification_rule
    ADD COLUMN sessions_service  VARCHAR(40) NULL,
    ADD COLUMN sessions_required INT         NULL,
    ADD CONSTRAINT ck_rule_sessions CHECK ((sessions_service IS NULL) = (sessions_required IS NULL)
        AND (sessions_required IS NULL OR sessions_required BETWEEN 1 AND 50));
