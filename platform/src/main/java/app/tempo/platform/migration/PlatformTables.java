package app.tempo.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 1 of the platform's tables in every WAR's schema. A Java migration because the platform jar sits in
 * WEB-INF/lib, where Flyway cannot scan Liberty's class loader for SQL files.
 */
class PlatformTables implements JavaMigration {

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

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "outbox, inbox and delivery failures";
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
