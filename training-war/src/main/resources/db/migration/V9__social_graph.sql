-- Relationships as interaction-war publishes them (RelationshipChanged): FRIENDS trainings are open to the owner's
-- friends, and an athlete who blocks another receives no invitation from them. Kept by version: a late or repeated
-- event changes nothing.
CREATE TABLE social_tie (
    low_subject     text    NOT NULL,
    high_subject    text    NOT NULL,
    friends         boolean NOT NULL,
    low_blocks_high boolean NOT NULL,
    high_blocks_low boolean NOT NULL,
    version         bigint  NOT NULL,
    PRIMARY KEY (low_subject, high_subject)
);

-- Group memberships as interaction-war publishes them (GroupMembershipChanged): GROUP trainings are open to members.
CREATE TABLE group_member (
    group_id uuid   NOT NULL,
    subject  text   NOT NULL,
    member   boolean NOT NULL,
    version  bigint NOT NULL,
    PRIMARY KEY (group_id, subject)
);
