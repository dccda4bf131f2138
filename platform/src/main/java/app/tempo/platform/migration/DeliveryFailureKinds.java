package app.tempo.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 1.1: each failed delivery records why it failed ({@code UNUSABLE}, {@code TRANSIENT}, {@code UNEXPECTED}),
 * since only unexpected failures count towards dead-lettering.
 */
class DeliveryFailureKinds implements JavaMigration {

    private static final String DDL = """
            ALTER TABLE delivery_failure ADD COLUMN kind text NOT NULL DEFAULT 'UNEXPECTED';
            CREATE INDEX delivery_failure_message ON delivery_failure (consumer, message_id)""";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.1");
    }

    @Override
    public String getDescription() {
        return "kinds of delivery failures";
    }

    @Override
    public Integer getChecksum() {
        return DDL.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(DDL);
        }
    }
}
