package app.tempo.platform.migration;

/**
 * Version 5: an outbox row keeps the W3C trace context ({@code traceparent}, {@code tracestate}) of the transaction
 * that wrote it, so the relay continues that trace when it publishes the event (README, "Observability"). Nullable
 * columns without a default: adding them rewrites nothing.
 */
class OutboxTraceContext extends SqlMigration {

    private static final String[] DDL = {
        "ALTER TABLE outbox_event ADD COLUMN trace_parent text",
        "ALTER TABLE outbox_event ADD COLUMN trace_state text"
    };

    OutboxTraceContext() {
        super("5", "outbox trace context", DDL);
    }
}
