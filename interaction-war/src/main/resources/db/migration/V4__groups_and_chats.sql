-- Groups with client-chosen ids; every change of a group or its memberships is made under the group row's lock.
CREATE TABLE athlete_group (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL,
    description   text,
    open          boolean     NOT NULL,
    owner_subject text        NOT NULL,
    member_count  integer     NOT NULL,
    request_count integer     NOT NULL,
    version       bigint      NOT NULL,
    deleted       boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL
);

-- Members (OWNER, ADMIN, MEMBER) and requests to join a closed group (REQUESTED).
CREATE TABLE group_member (
    group_id uuid        NOT NULL REFERENCES athlete_group (id),
    subject  text        NOT NULL,
    role     text        NOT NULL,
    since    timestamptz NOT NULL,
    version  bigint      NOT NULL,
    PRIMARY KEY (group_id, subject)
);
CREATE INDEX group_member_subject ON group_member (subject, group_id);

-- Trainings as training-war's plan events describe them: a group's trainings, and whether a completion may be told
-- to the athlete's friends. event_at orders the events applied (a late one changes nothing).
CREATE TABLE known_training (
    training_id   uuid PRIMARY KEY,
    owner_subject text        NOT NULL,
    sport         text        NOT NULL,
    title         text        NOT NULL,
    visibility    text        NOT NULL,
    group_id      uuid,
    planned_start timestamptz,
    status        text        NOT NULL,
    deleted       boolean     NOT NULL DEFAULT false,
    event_at      timestamptz NOT NULL
);
CREATE INDEX known_training_group ON known_training (group_id, coalesce(planned_start, 'infinity'::timestamptz), training_id)
    WHERE group_id IS NOT NULL AND NOT deleted;

-- Chat messages; the id is the sender's client message id (a repeated send is the same message). A direct chat's id
-- is the two athletes' relationship id, a group chat's the group's id.
CREATE TABLE chat_message (
    id      uuid PRIMARY KEY,
    chat_id uuid        NOT NULL,
    seq     bigserial   NOT NULL UNIQUE,
    sender  text        NOT NULL,
    text    text        NOT NULL,
    sent_at timestamptz NOT NULL
);
CREATE INDEX chat_message_page ON chat_message (chat_id, seq DESC);

-- Who reads a chat and how far they have read: both athletes of a direct chat once it has a message, every member of
-- a group. Unread counts are the messages of others after last_read_seq.
CREATE TABLE chat_reader (
    chat_id       uuid    NOT NULL,
    subject       text    NOT NULL,
    kind          text    NOT NULL,
    partner       text,
    last_read_seq bigint  NOT NULL,
    version       bigint  NOT NULL,
    PRIMARY KEY (chat_id, subject)
);
CREATE INDEX chat_reader_subject ON chat_reader (subject, chat_id);
