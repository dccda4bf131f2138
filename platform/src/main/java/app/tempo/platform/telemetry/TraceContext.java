package app.tempo.platform.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * A W3C trace context in its two header forms, as stored with an outbox row and carried in a message's properties.
 *
 * @param parent {@code traceparent}, e.g. {@code 00-<trace id>-<span id>-01}
 * @param state  {@code tracestate}, or null
 */
public record TraceContext(String parent, String state) {

    static final String PARENT = "traceparent";
    static final String STATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The context of the span running on this thread (a REST request, a consumer), or null outside any. */
    public static TraceContext current() {
        return of(Context.current());
    }

    static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, headers, Map::put);
        return new TraceContext(headers.get(PARENT), headers.get(STATE));
    }

    /** The context to continue: this one, or a new trace's root when there is none or it cannot be read. */
    static Context continued(String parent, String state) {
        if (parent == null) {
            return Context.root();
        }
        Map<String, String> headers = new HashMap<>();
        headers.put(PARENT, parent);
        if (state != null) {
            headers.put(STATE, state);
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, FROM_MAP);
    }
}
