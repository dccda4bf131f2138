package app.tempo.platform.migration;

/**
 * Version 5: an outbox row keeps the W3C trace context ({@code traceparent}, {@code tracestate}) of the transaction
 * that wrote it, so the relay continues that trace when it publishes the event (README, "Observability"). Nullable
 * columns without a default: adding them rewrites nothing, but takes the table's lock for a moment; behind a long
 * transaction it gives up after 5 s rather than queue every outbox insert behind it (the server then fails to start
 * and is restarted, trying again).
 */
class OutboxTraceContext extends SqlMigration {

    private static final String[] DDL = {
        "ALTER TABLE outbox_event ADD COLUMN trace_parent text",
        "ALTER TABLE outbox_event ADD COLUMN trace_state text"
    };

    OutboxTraceContext() {
        super("5", "outbox trace context", DDL);
    }

    @Override
    protected String[] transactionSettings() {
        return new String[] {"SET LOCAL lock_timeout = '5s'"};
    }
}
