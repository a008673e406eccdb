-- An edited visit withdraws the follow-ups its earlier version opened and reopens those it closed: found by visit.
CREATE INDEX ix_follow_up_opened_by ON follow_up (opened_by_visit);
CREATE INDEX ix_follow_up_closed_by ON follow_up (closed_by_visit);
