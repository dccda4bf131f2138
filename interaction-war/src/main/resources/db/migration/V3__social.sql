-- One row per pair of athletes, whatever their relationship: it is the lock that serialises two people acting on
-- each other at once (both requesting, one accepting while the other cancels), and its version orders the events.
CREATE TABLE relationship (
    id              uuid PRIMARY KEY,
    low_subject     text        NOT NULL,
    high_subject    text        NOT NULL,
    state           text        NOT NULL,
    requested_by    text,
    low_blocks_high boolean     NOT NULL DEFAULT false,
    high_blocks_low boolean     NOT NULL DEFAULT false,
    changed_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    UNIQUE (low_subject, high_subject)
);

CREATE INDEX relationship_high ON relationship (high_subject, id);
CREATE INDEX relationship_low ON relationship (low_subject, id);

-- Abuse limits: how many of an act an athlete took in the current window (one row per athlete, act and window).
CREATE TABLE rate_window (
    subject      text        NOT NULL,
    action       text        NOT NULL,
    window_start timestamptz NOT NULL,
    taken        integer     NOT NULL,
    PRIMARY KEY (subject, action, window_start)
);

-- The notification types an athlete turned off (absent: on).
CREATE TABLE notification_muted (
    subject text NOT NULL,
    type    text NOT NULL,
    PRIMARY KEY (subject, type)
);

CREATE INDEX notification_unread ON notification (recipient_subject) WHERE read_at IS NULL;

-- The public part of each athlete's profile, copied from account-war's ProfileChanged events, for user search and
-- for naming people in notifications. Search is by nickname prefix: a btree on the lower-cased nickname with
-- the "C" collation serves "LIKE 'prefix%'" and the nickname order from one index; sports are filtered with a GIN index.
CREATE TABLE athlete_profile (
    subject    text COLLATE "C" PRIMARY KEY,
    nickname   text    NOT NULL,
    search_key text COLLATE "C" GENERATED ALWAYS AS (lower(nickname)) STORED,
    avatar_url text,
    sports     text[]  NOT NULL,
    visibility text    NOT NULL,
    version    bigint  NOT NULL
);

CREATE INDEX athlete_profile_search ON athlete_profile (search_key, subject);
CREATE INDEX athlete_profile_sports ON athlete_profile USING gin (sports);
