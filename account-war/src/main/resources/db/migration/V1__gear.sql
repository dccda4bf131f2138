CREATE TABLE gear (
    id                uuid PRIMARY KEY,
    owner_subject     text             NOT NULL,
    type              text             NOT NULL,
    brand             text             NOT NULL,
    model             text             NOT NULL,
    started_on        date,
    wear_limit_meters double precision,
    retired           boolean          NOT NULL,
    distance_meters   double precision NOT NULL DEFAULT 0,
    duration_seconds  bigint           NOT NULL DEFAULT 0,
    trainings_count   integer          NOT NULL DEFAULT 0,
    version           bigint           NOT NULL
);

CREATE INDEX gear_owner ON gear (owner_subject);
