-- The athlete's planned trainings (their own, and those they are invited to, joined or wait for), from training-war's
-- events; heard_at is the time of the last event a row took, so a late or redelivered event changes nothing.
CREATE TABLE planned_training (
    athlete_subject text        NOT NULL,
    training_id     uuid        NOT NULL,
    role            text        NOT NULL,
    sport           text        NOT NULL,
    title           text        NOT NULL,
    planned_start   timestamptz,
    status          text        NOT NULL,
    heard_at        timestamptz NOT NULL,
    PRIMARY KEY (athlete_subject, training_id)
);

CREATE INDEX planned_training_upcoming ON planned_training (athlete_subject, planned_start);
CREATE INDEX planned_training_training ON planned_training (training_id);
