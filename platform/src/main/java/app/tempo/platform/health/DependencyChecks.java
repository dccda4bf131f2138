package app.tempo.platform.health;

import app.tempo.platform.migration.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * The WAR's health checks. Ready means "can take writes", which needs the database only: while the broker is away,
 * writes are accepted into the outbox and published when it returns, so a broker outage must not take every
 * replica out of its Service. The broker's state is reported as data of an UP check instead.
 */
@ApplicationScoped
public class DependencyChecks {

    private static final long PROBE_TIMEOUT_MILLIS = 2000;

    private final Map<String, BoundedProbe> probes = new ConcurrentHashMap<>();

    @Inject
    SchemaMigrations migrations;

    @Inject
    DatabaseProbe database;

    @Inject
    @ConfigProperty(name = "tempo.jms.connection-factory", defaultValue = "jms/tempo")
    String connectionFactoryName;

    @Inject
    @ConfigProperty(name = "tempo.broker.host", defaultValue = "localhost")
    String brokerHost;

    @Inject
    @ConfigProperty(name = "tempo.broker.port", defaultValue = "61716")
    int brokerPort;

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
        return () -> {
            BoundedProbe.Result result = probe("database", database::reachable);
            return HealthCheckResponse.named("database").status(result.up()).withData("detail", result.detail()).build();
        };
    }

    /** Always UP: events wait in the outbox while the broker is away ({@code reachable} says whether it is). */
    @Produces
    @Readiness
    HealthCheck brokerReported() {
        return () -> {
            BoundedProbe.Result result = probe("broker", this::brokerReachable);
            return HealthCheckResponse.named("broker").up().withData("reachable", result.up())
                    .withData("detail", result.detail()).build();
        };
    }

    /**
     * The broker's acceptor answers a new TCP connection, and the pool hands out a JMS context. The socket comes
     * first because pooled connections keep reconnecting for ever (ReconnectAttempts -1): while they do, the pool
     * still hands out contexts without touching the network, so the JMS part alone reports a dead broker as reachable.
     */
    private boolean brokerReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(brokerHost, brokerPort), (int) PROBE_TIMEOUT_MILLIS / 2);
        } catch (IOException e) {
            return false;
        }
        try {
            ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup(connectionFactoryName);
            try (JMSContext context = factory.createContext()) {
                context.createProducer();
                return true;
            }
        } catch (Exception e) {
            return false;
        }
    }

    private BoundedProbe.Result probe(String name, Callable<Boolean> check) {
        return probes.computeIfAbsent(name, key -> new BoundedProbe(executor, PROBE_TIMEOUT_MILLIS)).run(check);
    }
}
