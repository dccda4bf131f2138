package app.tempo.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 2: the outbox counts failed sends per row ({@code attempts}, {@code last_error}) and gives up on a row
 * ({@code dead_at}). The relay's claim now skips dead rows, so its partial index does too; a second partial index
 * keeps counting the dead rows cheap however large the outbox is. Adding a column with a constant default rewrites
 * nothing; the new index is built before the old one goes, inside the migration's transaction.
 */
class OutboxAttempts implements JavaMigration {

    private static final String[] DDL = {
        "ALTER TABLE outbox_event ADD COLUMN attempts integer NOT NULL DEFAULT 0",
        "ALTER TABLE outbox_event ADD COLUMN last_error text",
        "ALTER TABLE outbox_event ADD COLUMN dead_at timestamptz",
        "CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL AND dead_at IS NULL",
        "DROP INDEX outbox_event_unpublished",
        "CREATE INDEX outbox_event_dead ON outbox_event (seq) WHERE dead_at IS NOT NULL"
    };

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "outbox attempts and dead rows";
    }

    @Override
    public Integer getChecksum() {
        return String.join(";", DDL).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
    }
}
