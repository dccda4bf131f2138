package app.tempo.platform.migration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Brings the WAR's schema up to date at start. Two histories: the platform's tables (outbox, inbox, failures),
 * versioned with this jar, and the domain's own tables from the WAR's {@code db/migration}. A startup singleton
 * is initialised before any request or message reaches the application.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway runs its own transactions
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Inject
    @ConfigProperty(name = "tempo.datasource")
    String dataSourceName;

    @Inject
    @ConfigProperty(name = "tempo.db.schema")
    String schema;

    private static final ResourceProvider NO_RESOURCES = new ResourceProvider() {
        @Override
        public LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return List.of();
        }
    };

    private volatile boolean done;

    /** The platform's migrations, in order; every one is pinned by MigrationChecksumsTest once released. */
    static SqlMigration[] platformMigrations() {
        return new SqlMigration[] {new PlatformTables(), new DeliveryFailureKinds(), new OutboxAttempts(), new DeliveryCounts(),
            new SyncTables(), new OutboxTraceContext()};
    }

    @PostConstruct
    void migrate() {
        DataSource dataSource = lookup(dataSourceName);
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        int platform = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(schema)
                .table("platform_schema_history")
                // nothing to scan: the platform's migrations are the Java ones listed here
                .resourceProvider(NO_RESOURCES)
                .javaMigrationClassProvider(List::of)
                .callbackLocations(new String[0])
                .javaMigrations(platformMigrations())
                .load().migrate().migrationsExecuted;
        int domain = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(schema)
                // the platform's tables are already in the schema: start the domain's own history at version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .locations("classpath:db/migration")
                .load().migrate().migrationsExecuted;
        done = true;
        LOG.info(() -> "Schema " + schema + " is current (" + platform + " platform and " + domain + " domain migrations applied now)");
    }

    public boolean done() {
        return done;
    }

    private static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource " + name, e);
        }
    }
}
