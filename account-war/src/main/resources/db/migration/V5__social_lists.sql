-- The athlete's friends and groups, kept from interaction-war's events (RelationshipChanged,
-- GroupMembershipChanged); each row keeps the version it was written from, so late or repeated events change nothing.
CREATE TABLE friend_tie (
    low_subject  text        NOT NULL,
    high_subject text        NOT NULL,
    friends      boolean     NOT NULL,
    changed_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    PRIMARY KEY (low_subject, high_subject)
);
CREATE INDEX friend_tie_high ON friend_tie (high_subject) WHERE friends;

CREATE TABLE group_membership (
    group_id   uuid        NOT NULL,
    subject    text        NOT NULL,
    group_name text        NOT NULL,
    role       text,
    changed_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    PRIMARY KEY (group_id, subject)
);
CREATE INDEX group_membership_subject ON group_membership (subject, changed_at DESC) WHERE role IS NOT NULL;
