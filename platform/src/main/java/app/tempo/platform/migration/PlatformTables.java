package app.tempo.platform.migration;

/** Version 1 of the platform's tables in every WAR's schema. */
class PlatformTables extends SqlMigration {

    private static final String[] DDL = {
        """
        CREATE TABLE outbox_event (
            event_id      uuid PRIMARY KEY,
            seq           bigserial NOT NULL,
            destination   text NOT NULL,
            event_type    text NOT NULL,
            event_version integer NOT NULL,
            occurred_at   timestamptz NOT NULL,
            subject       text NOT NULL,
            aggregate_id  text NOT NULL,
            body          text NOT NULL,
            published_at  timestamptz,
            claimed_until timestamptz
        )""",
        "CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL",
        """
        CREATE TABLE processed_event (
            consumer     text NOT NULL,
            event_id     uuid NOT NULL,
            processed_at timestamptz NOT NULL,
            PRIMARY KEY (consumer, event_id)
        )""",
        """
        CREATE TABLE delivery_failure (
            id               bigserial PRIMARY KEY,
            consumer         text NOT NULL,
            message_id       text,
            event_id         text,
            delivery_attempt integer NOT NULL,
            failed_at        timestamptz NOT NULL,
            error            text NOT NULL
        )"""
    };

    PlatformTables() {
        super("1", "outbox, inbox and delivery failures", DDL);
    }
}
