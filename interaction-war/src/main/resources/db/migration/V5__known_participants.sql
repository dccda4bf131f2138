-- Who is on each training's roster, from training-war's roster events: told when the training is moved.
CREATE TABLE known_participant (
    training_id uuid    NOT NULL,
    subject     text    NOT NULL,
    on_roster   boolean NOT NULL,
    PRIMARY KEY (training_id, subject)
);
