-- The sensors athletes registered (from account-war's SensorRegistered / SensorRemoved, kept at their latest
-- version), and which of them each participant attached to a training.
CREATE TABLE known_sensor (
    sensor_id     uuid    PRIMARY KEY,
    owner_subject text    NOT NULL,
    kind          text,
    name          text,
    removed       boolean NOT NULL,
    version       bigint  NOT NULL
);

CREATE TABLE training_sensor (
    training_id uuid NOT NULL REFERENCES training (id),
    subject     text NOT NULL,
    sensor_id   uuid NOT NULL REFERENCES known_sensor (sensor_id),
    PRIMARY KEY (training_id, subject, sensor_id)
);
