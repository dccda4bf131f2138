CREATE TABLE training (
    id                       uuid PRIMARY KEY,
    owner_subject            text        NOT NULL,
    sport                    text        NOT NULL,
    title                    text        NOT NULL,
    planned_start            timestamptz,
    planned_duration_minutes integer,
    visibility               text        NOT NULL,
    status                   text        NOT NULL,
    completed_at             timestamptz,
    distance_meters          double precision,
    duration_seconds         bigint,
    gear_ids                 text,
    version                  bigint      NOT NULL
);

CREATE INDEX training_owner ON training (owner_subject);
