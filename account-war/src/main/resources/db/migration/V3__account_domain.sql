-- The complete account domain (issue 7). No column holds personal data: the SSO keeps names, e-mail addresses,
-- birth dates and weights; Tempo keeps the subject and what the athlete chose to make public.

CREATE TABLE profile (
    subject      text PRIMARY KEY,
    nickname     text        NOT NULL,
    avatar_url   text,
    sports       text        NOT NULL,  -- sport names, comma-separated, in catalogue order
    visibility   text        NOT NULL,
    time_zone    text        NOT NULL,
    units        text        NOT NULL,
    default_gear text        NOT NULL,  -- SPORT=gear id pairs, comma-separated
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL
);
-- nicknames are unique whatever their case
CREATE UNIQUE INDEX profile_nickname ON profile (lower(nickname));

ALTER TABLE gear ADD COLUMN component_kind     text;
ALTER TABLE gear ADD COLUMN bike_id            uuid;
ALTER TABLE gear ADD COLUMN wear_limit_seconds bigint;
ALTER TABLE gear ADD COLUMN updated_at         timestamptz NOT NULL DEFAULT now();
-- a replacement hint was given for the wear above the threshold; cleared when the wear falls below it or the limits change
ALTER TABLE gear ADD COLUMN hinted             boolean     NOT NULL DEFAULT false;
CREATE INDEX gear_bike ON gear (bike_id) WHERE bike_id IS NOT NULL;

-- where a component was mounted, and when: a completion credits the components on its bike at that moment
CREATE TABLE gear_mount (
    id           bigserial PRIMARY KEY,
    component_id uuid        NOT NULL REFERENCES gear (id),
    bike_id      uuid        NOT NULL REFERENCES gear (id),
    mounted_at   timestamptz NOT NULL,
    unmounted_at timestamptz
);
CREATE INDEX gear_mount_bike ON gear_mount (bike_id, mounted_at);
CREATE INDEX gear_mount_component ON gear_mount (component_id, mounted_at);

CREATE TABLE sensor (
    id          uuid PRIMARY KEY,
    owner_subject text        NOT NULL,
    kind        text        NOT NULL,
    device_id   text        NOT NULL,
    name        text        NOT NULL,
    deleted     boolean     NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);
CREATE INDEX sensor_owner ON sensor (owner_subject, updated_at DESC);

-- one row per completed training and athlete: what this domain took from the latest TrainingCompleted about it.
-- Replaying it (redelivery, a duplicate, the same completion in a newer event version) changes nothing; a newer
-- result replaces the older one's contribution everywhere.
CREATE TABLE completion (
    athlete_subject       text             NOT NULL,
    training_id           uuid             NOT NULL,
    sport                 text             NOT NULL,
    title                 text             NOT NULL,
    completed_at          timestamptz      NOT NULL,
    distance_meters       double precision NOT NULL,
    duration_seconds      bigint           NOT NULL,
    moving_seconds        bigint           NOT NULL,
    elevation_gain_meters double precision NOT NULL,
    calories              double precision NOT NULL,
    reported_at           timestamptz      NOT NULL,  -- when the event that produced this row occurred
    gear_ids              text             NOT NULL,  -- as the report named them (comma-separated, sorted)
    sensor_ids            text             NOT NULL,
    PRIMARY KEY (athlete_subject, training_id)
);
CREATE INDEX completion_recent ON completion (athlete_subject, completed_at DESC);

-- what one completion added to one gear item, so that a newer result can take it back exactly
CREATE TABLE gear_use (
    athlete_subject  text             NOT NULL,
    training_id      uuid             NOT NULL,
    gear_id          uuid             NOT NULL REFERENCES gear (id),
    distance_meters  double precision NOT NULL,
    duration_seconds bigint           NOT NULL,
    PRIMARY KEY (athlete_subject, training_id, gear_id)
);

CREATE TABLE sensor_use (
    athlete_subject text        NOT NULL,
    training_id     uuid        NOT NULL,
    sensor_id       uuid        NOT NULL REFERENCES sensor (id),
    completed_at    timestamptz NOT NULL,
    PRIMARY KEY (athlete_subject, training_id, sensor_id)
);
CREATE INDEX sensor_use_recent ON sensor_use (sensor_id, completed_at DESC);

-- pre-aggregated totals per athlete, sport and calendar period in the athlete's time zone
CREATE TABLE statistics_total (
    athlete_subject       text             NOT NULL,
    period                text             NOT NULL,  -- WEEK (ISO, from Monday), MONTH, YEAR
    period_start          date             NOT NULL,
    sport                 text             NOT NULL,
    trainings             bigint           NOT NULL,
    distance_meters       double precision NOT NULL,
    moving_seconds        bigint           NOT NULL,
    elevation_gain_meters double precision NOT NULL,
    calories              double precision NOT NULL,
    PRIMARY KEY (athlete_subject, period, period_start, sport)
);
