package app.tempo.platform.migration;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A platform migration: a few SQL statements run in order in one transaction. Java rather than SQL files because the
 * platform jar sits in WEB-INF/lib, where Flyway cannot scan Liberty's class loader. The checksum is the statements'
 * joined text, so an edited migration is noticed.
 */
abstract class SqlMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String[] statements;

    SqlMigration(String version, String description, String... statements) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.statements = statements.clone();
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return String.join(";", statements).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /**
     * Settings for this migration's transaction only ({@code SET LOCAL …}), run before its statements; they change
     * how it waits, not what it does, so they are not part of the checksum and may be added to a released migration.
     */
    protected String[] transactionSettings() {
        return new String[0];
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String setting : transactionSettings()) {
                statement.execute(setting);
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
