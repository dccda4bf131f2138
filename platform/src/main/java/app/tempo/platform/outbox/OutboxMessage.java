package app.tempo.platform.outbox;

import app.tempo.platform.telemetry.TraceContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the outbox: one event, its JSON message body, and whether the relay has published it yet. */
@Entity
@Table(name = "outbox_event")
public class OutboxMessage {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long sequence;

    @Column(nullable = false)
    private String destination;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "event_version", nullable = false)
    private int eventVersion;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String subject;

    @Column(name = "aggregate_id", nullable = false)
    private String aggregateId;

    @Column(nullable = false)
    private String body;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "trace_parent")
    private String traceParent;

    @Column(name = "trace_state")
    private String traceState;

    protected OutboxMessage() {
    }

    OutboxMessage(UUID eventId, NewEvent event, Instant occurredAt, String body, TraceContext trace) {
        this.eventId = eventId;
        this.destination = event.destination();
        this.eventType = event.type();
        this.eventVersion = event.version();
        this.occurredAt = occurredAt;
        this.subject = event.subject();
        this.aggregateId = event.aggregateId();
        this.body = body;
        if (trace != null) {
            this.traceParent = trace.parent();
            this.traceState = trace.state();
        }
    }

    public UUID eventId() {
        return eventId;
    }

    public String destination() {
        return destination;
    }

    public String eventType() {
        return eventType;
    }

    public int eventVersion() {
        return eventVersion;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String subject() {
        return subject;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String body() {
        return body;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The trace of the transaction that wrote the row, or null if it ran outside any. */
    public TraceContext trace() {
        return traceParent == null ? null : new TraceContext(traceParent, traceState);
    }
}
