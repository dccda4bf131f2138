package app.tempo.platform.migration;

/**
 * Version 4: the offline sync protocol (README, "Offline sync").
 *
 * <p>{@code sync_change} is the change feed: one row per resource and per user who may see it, replaced at every
 * change (so the feed holds the latest state of each resource, and tombstones). A row carries the id of the
 * transaction that wrote it ({@code tx}); a reader returns only rows of transactions older than every transaction
 * still running, so a change committed late, out of order, can never fall behind a cursor already handed out.
 *
 * <p>{@code sync_horizon} is, per user, the oldest position a cursor may still start from: tombstones older than the
 * retention are purged, the horizon of their user moves past them, and an older cursor is told to resync. {@code sync_mutation}
 * remembers each device's mutations of a batch push and their answers, {@code sync_device} which batch of a device is
 * running (one at a time); {@code idempotent_request} each
 * {@code Idempotency-Key}'s answer.
 */
class SyncTables extends SqlMigration {

    private static final String[] DDL = {
        """
        CREATE TABLE sync_change (
            seq           bigserial   NOT NULL,
            tx            xid8        NOT NULL DEFAULT pg_current_xact_id(),
            subject       text        NOT NULL,
            resource_type text        NOT NULL,
            resource_id   text        NOT NULL,
            version       bigint      NOT NULL,
            deleted       boolean     NOT NULL,
            data          text,
            changed_at    timestamptz NOT NULL,
            PRIMARY KEY (subject, resource_type, resource_id)
        )""",
        "CREATE INDEX sync_change_feed ON sync_change (subject, tx, seq)",
        "CREATE INDEX sync_change_tombstones ON sync_change (changed_at) WHERE deleted",
        """
        CREATE TABLE sync_horizon (
            subject text   PRIMARY KEY,
            tx      xid8   NOT NULL,
            seq     bigint NOT NULL
        )""",
        """
        CREATE TABLE sync_mutation (
            subject     text        NOT NULL,
            device_id   text        NOT NULL,
            mutation_id bigint      NOT NULL,
            status      integer     NOT NULL,
            etag        text,
            body        text,
            recorded_at timestamptz NOT NULL,
            PRIMARY KEY (subject, device_id, mutation_id)
        )""",
        """
        CREATE TABLE sync_device (
            subject    text        NOT NULL,
            device_id  text        NOT NULL,
            busy_until timestamptz NOT NULL,
            PRIMARY KEY (subject, device_id)
        )""",
        """
        CREATE TABLE idempotent_request (
            subject        text        NOT NULL,
            idempotency_key text       NOT NULL,
            request_hash   text        NOT NULL,
            claimed_until  timestamptz NOT NULL,
            status         integer,
            etag           text,
            location       text,
            body           text,
            recorded_at    timestamptz NOT NULL,
            PRIMARY KEY (subject, idempotency_key)
        )"""
    };

    SyncTables() {
        super("4", "offline sync: change feed, horizon, device mutations, idempotency keys", DDL);
    }
}
