-- The complete plan (description, the time zone it is planned in, a group, a capacity) and the roster: who is
-- invited, has joined or waits for a place. The counts on the training are part of its version, so a roster change
-- reaches every device through the change feed.
ALTER TABLE training ADD COLUMN description   text;
ALTER TABLE training ADD COLUMN time_zone     text NOT NULL DEFAULT 'UTC';
ALTER TABLE training ADD COLUMN group_id      text;
ALTER TABLE training ADD COLUMN capacity      int;
ALTER TABLE training ADD COLUMN invited_count int NOT NULL DEFAULT 0;
ALTER TABLE training ADD COLUMN joined_count  int NOT NULL DEFAULT 0;
ALTER TABLE training ADD COLUMN waiting_count int NOT NULL DEFAULT 0;

CREATE TABLE participant (
    training_id uuid        NOT NULL REFERENCES training (id),
    subject     text        NOT NULL,
    status      text        NOT NULL,
    since       timestamptz NOT NULL,
    PRIMARY KEY (training_id, subject)
);

-- the trainings a user is on the roster of
CREATE INDEX participant_subject ON participant (subject);
