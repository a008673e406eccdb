-- Self check-in: the secret from which a session's rotating check-in code is derived, made when its facilitator
-- first shows the code. Never sent to a phone; only the code of the moment is.
ALTER TABLE session_occurrence
    ADD COLUMN check_in_secret VARCHAR(64) NULL;
