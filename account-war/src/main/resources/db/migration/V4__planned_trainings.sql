-- The athlete's planned trainings (their own, and those they are invited to, joined or wait for), from training-war's
-- events. Two concerns, each with the time of the last event it took, so a late or redelivered event changes
-- nothing: the athlete's part (role_heard_at) and what the training is (described_at). A deleted training leaves a
-- mark, so that no late event puts it back.
CREATE TABLE planned_training (
    athlete_subject text        NOT NULL,
    training_id     uuid        NOT NULL,
    role            text        NOT NULL,
    sport           text        NOT NULL,
    title           text        NOT NULL,
    planned_start   timestamptz,
    status          text        NOT NULL,
    role_heard_at   timestamptz NOT NULL,
    described_at    timestamptz NOT NULL,
    PRIMARY KEY (athlete_subject, training_id)
);

CREATE INDEX planned_training_upcoming ON planned_training (athlete_subject, planned_start);
CREATE INDEX planned_training_training ON planned_training (training_id);

CREATE TABLE forgotten_training (
    training_id  uuid        PRIMARY KEY,
    forgotten_at timestamptz NOT NULL
);
