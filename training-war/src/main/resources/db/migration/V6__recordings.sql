-- Recorded data: each participant's samples (one row a moment; the same moment sent again is kept once), the batches
-- already taken (a batch id is taken once), and each participant's result line, recomputed as data arrives.
CREATE TABLE recording_batch (
    training_id uuid        NOT NULL REFERENCES training (id),
    subject     text        NOT NULL,
    batch_id    uuid        NOT NULL,
    samples     int         NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (training_id, subject, batch_id)
);

CREATE TABLE sample (
    training_id uuid        NOT NULL,
    subject     text        NOT NULL,
    at          timestamptz NOT NULL,
    heart_rate  int,
    cadence     int,
    power       int,
    speed       double precision,
    latitude    double precision,
    longitude   double precision,
    altitude    double precision,
    PRIMARY KEY (training_id, subject, at)
);

CREATE TABLE result (
    training_id           uuid             NOT NULL REFERENCES training (id),
    subject               text             NOT NULL,
    samples               int              NOT NULL,
    started_at            timestamptz      NOT NULL,
    ended_at              timestamptz      NOT NULL,
    duration_seconds      bigint           NOT NULL,
    moving_seconds        bigint           NOT NULL,
    distance_meters       double precision NOT NULL,
    elevation_gain_meters double precision NOT NULL,
    average_speed         double precision,
    average_heart_rate    int,
    max_heart_rate        int,
    average_power         int,
    calories              double precision,
    gear_ids              text,
    sensor_ids            text,
    version               bigint           NOT NULL,
    PRIMARY KEY (training_id, subject)
);
