CREATE TABLE notification (
    id                uuid PRIMARY KEY,
    seq               bigserial   NOT NULL UNIQUE,
    recipient_subject text        NOT NULL,
    type              text        NOT NULL,
    text              text        NOT NULL,
    reference_id      text,
    source_event_id   uuid        NOT NULL,
    created_at        timestamptz NOT NULL,
    read_at           timestamptz
);

CREATE INDEX notification_recipient_page ON notification (recipient_subject, seq DESC);
