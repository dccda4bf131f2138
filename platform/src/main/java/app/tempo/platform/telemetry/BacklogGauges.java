package app.tempo.platform.telemetry;

import java.util.concurrent.atomic.AtomicBoolean;
import app.tempo.platform.outbox.JmsResources;
import app.tempo.platform.outbox.OutboxStore;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backlogs operators alert on, reported as gauges: the outbox's lag (age of the oldest row not yet published)
 * and its dead rows, in this WAR's schema, measured every 10 s; and the depth of the dead-letter queues of the
 * addresses this WAR consumes, counted every 30 s on a timer of its own (a broker that is away must not hold up the
 * outbox's figures). Measured on container threads (the database and the broker are reached through the server's
 * pools), read by the exporter from the last measurement; nothing is measured while no metrics are exported. Every
 * replica reports the same figures: alert on their maximum. A dead-letter queue holds the dead letters of every
 * consumer of its address, so the WARs that consume the same address report the same queue.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// the two timers run side by side (volatile fields, a concurrent map): a slow broker never holds up the outbox's figures
@Lock(LockType.READ)
public class BacklogGauges {

    private static final Logger LOG = Logger.getLogger(BacklogGauges.class.getName());
    /** Browsing counts messages one by one: past this, the gauge says this many (an alert fires long before). */
    static final int DEPTH_COUNTED_UP_TO = 10_000;
    private static final AttributeKey<String> OUTBOX = AttributeKey.stringKey("outbox");
    private static final AttributeKey<String> QUEUE = AttributeKey.stringKey("queue");

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    OutboxStore outbox;

    @Inject
    JmsResources jms;

    @Inject
    @ConfigProperty(name = "tempo.db.schema")
    String schema;

    /** The addresses whose dead letters this WAR watches: those it consumes (each WAR's microprofile-config). */
    @Inject
    @ConfigProperty(name = "tempo.metrics.dead-letter-addresses", defaultValue = "")
    List<String> deadLetterAddresses;

    /** OpenTelemetry's own settings (environment OTEL_SDK_DISABLED, OTEL_METRICS_EXPORTER). */
    @Inject
    @ConfigProperty(name = "otel.sdk.disabled", defaultValue = "true")
    boolean sdkDisabled;

    @Inject
    @ConfigProperty(name = "otel.metrics.exporter", defaultValue = "otlp")
    String metricsExporter;

    private volatile double lagSeconds;
    private volatile long deadRows;
    private final Map<String, Long> depths = new ConcurrentHashMap<>();
    private final AtomicBoolean counting = new AtomicBoolean();
    private final List<AutoCloseable> gauges = new ArrayList<>();

    @PostConstruct
    void register() {
        Meter meter = openTelemetry.getMeter(EventTelemetry.SCOPE);
        Attributes outboxOf = Attributes.of(OUTBOX, schema);
        ObservableDoubleGauge lag = meter.gaugeBuilder("tempo.outbox.lag").setUnit("s")
                .setDescription("Age of the oldest outbox row not yet published")
                .buildWithCallback(measurement -> measurement.record(lagSeconds, outboxOf));
        ObservableLongGauge dead = meter.gaugeBuilder("tempo.outbox.dead_rows").ofLongs().setUnit("{row}")
                .setDescription("Outbox rows the relay gave up on (left for an operator)")
                .buildWithCallback(measurement -> measurement.record(deadRows, outboxOf));
        ObservableLongGauge dlq = meter.gaugeBuilder("tempo.dlq.depth").ofLongs().setUnit("{message}")
                .setDescription("Messages waiting in a dead-letter queue")
                .buildWithCallback(measurement -> depths.forEach((queue, depth) ->
                        measurement.record(depth, Attributes.of(QUEUE, queue))));
        gauges.addAll(List.of(lag, dead, dlq));
    }

    /** The exporter lives as long as the server: an undeployed WAR must not leave callbacks into it behind. */
    @PreDestroy
    void unregister() {
        for (AutoCloseable gauge : gauges) {
            try {
                gauge.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing a gauge failed", e);
            }
        }
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void measureOutbox() {
        if (!exported()) {
            return;
        }
        try {
            lagSeconds = outbox.oldestPendingAgeSeconds();
            deadRows = outbox.deadCount();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not measure the outbox (the database is away?)", e);
        }
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void countDeadLetters() {
        if (!exported() || !counting.compareAndSet(false, true)) {
            return; // the last count still waits on the broker: skip a tick rather than pile up behind it
        }
        try {
            countEachQueue();
        } finally {
            counting.set(false);
        }
    }

    private void countEachQueue() {
        for (String address : deadLetterAddresses) {
            if (!address.isBlank()) {
                String queue = "dlq." + address.strip();
                try {
                    depths.put(queue, depthOf(queue));
                } catch (InvalidDestinationException e) {
                    depths.put(queue, 0L); // made by the first dead letter on the address: none so far
                } catch (JMSException | NamingException | RuntimeException e) {
                    LOG.log(Level.FINE, "could not browse " + queue + " (the broker is away?)", e);
                }
            }
        }
    }

    private boolean exported() {
        return !sdkDisabled && !"none".equalsIgnoreCase(metricsExporter.strip());
    }

    private long depthOf(String queue) throws JMSException, NamingException {
        try (Connection connection = jms.connect();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = session.createBrowser(session.createQueue("tempo.dlq::" + queue))) {
            connection.start();
            long depth = 0;
            for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements() && depth < DEPTH_COUNTED_UP_TO; ) {
                messages.nextElement();
                depth++;
            }
            return depth;
        }
    }
}
