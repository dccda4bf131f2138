package app.tempo.platform.migration;

/**
 * Version 2: the outbox counts failed sends per row ({@code attempts}, {@code last_error}) and gives up on a row
 * ({@code dead_at}). The relay's claim now skips dead rows, so its partial index does too; a second partial index
 * keeps counting the dead rows cheap however large the outbox is. Adding a column with a constant default rewrites
 * nothing; the new index is built before the old one goes, inside the migration's transaction.
 */
class OutboxAttempts extends SqlMigration {

    private static final String[] DDL = {
        "ALTER TABLE outbox_event ADD COLUMN attempts integer NOT NULL DEFAULT 0",
        "ALTER TABLE outbox_event ADD COLUMN last_error text",
        "ALTER TABLE outbox_event ADD COLUMN dead_at timestamptz",
        "CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL AND dead_at IS NULL",
        "DROP INDEX outbox_event_unpublished",
        "CREATE INDEX outbox_event_dead ON outbox_event (seq) WHERE dead_at IS NOT NULL"
    };

    OutboxAttempts() {
        super("2", "outbox attempts and dead rows", DDL);
    }
}
