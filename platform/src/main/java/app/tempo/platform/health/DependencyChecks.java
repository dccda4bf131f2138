package app.tempo.platform.health;

import app.tempo.platform.migration.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The WAR's health checks. Each dependency probe is bounded in time, so a hung database or broker makes the
 * server not ready instead of hanging the probe.
 */
@ApplicationScoped
public class DependencyChecks {

    private static final long PROBE_TIMEOUT_MILLIS = 2000;

    @Inject
    SchemaMigrations migrations;

    @Inject
    @ConfigProperty(name = "tempo.datasource")
    String dataSourceName;

    @Inject
    @ConfigProperty(name = "tempo.jms.connection-factory", defaultValue = "jms/tempo")
    String connectionFactoryName;

    @Resource
    ManagedExecutorService executor;

    @Produces
    @Startup
    HealthCheck schemaMigrated() {
        return () -> HealthCheckResponse.named("schema").status(migrations.done()).build();
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("application");
    }

    @Produces
    @Readiness
    HealthCheck databaseReachable() {
        return () -> probe("database", () -> {
            try (Connection connection = ((DataSource) new InitialContext().lookup(dataSourceName)).getConnection()) {
                return connection.isValid(2);
            }
        });
    }

    @Produces
    @Readiness
    HealthCheck brokerReachable() {
        return () -> probe("broker", () -> {
            ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup(connectionFactoryName);
            try (JMSContext context = factory.createContext()) {
                context.createProducer();
                return true;
            }
        });
    }

    private HealthCheckResponse probe(String name, Callable<Boolean> check) {
        try {
            boolean up = executor.submit(check).get(PROBE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named(name).status(up).build();
        } catch (Exception e) {
            return HealthCheckResponse.named(name).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
