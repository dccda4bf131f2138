package app.tempo.platform.telemetry;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Every log record written while a span runs on the thread — a request, a relay's publication, a consumer's
 * delivery, in this WAR or the runtime — carries its trace and span ids: Liberty's JSON logs show them as
 * {@code ext_traceId} and {@code ext_spanId}, so a collector joins a log line to its trace. Records written outside
 * any span (start-up, timers) have none. The extensions are the server's: with several WARs in one server the last
 * to start registers them and the first to stop removes them (README, "Known limits").
 */
@Singleton
@Startup
public class TraceIdsInLogs {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private static final LogRecordContext.Extension CURRENT_TRACE = () -> current() == null ? null : current().getTraceId();
    private static final LogRecordContext.Extension CURRENT_SPAN = () -> current() == null ? null : current().getSpanId();

    @PostConstruct
    void register() {
        LogRecordContext.unregisterExtension(TRACE_ID);
        LogRecordContext.unregisterExtension(SPAN_ID);
        LogRecordContext.registerExtension(TRACE_ID, CURRENT_TRACE);
        LogRecordContext.registerExtension(SPAN_ID, CURRENT_SPAN);
    }

    @PreDestroy
    void unregister() {
        LogRecordContext.unregisterExtension(TRACE_ID);
        LogRecordContext.unregisterExtension(SPAN_ID);
    }

    private static SpanContext current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context : null;
    }
}
