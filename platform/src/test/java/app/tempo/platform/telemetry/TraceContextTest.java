package app.tempo.platform.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace context as an outbox row and a message carry it: written, read back, and anything else ignored. */
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void theContextOfASpanIsWrittenInW3cFormAndReadBackAsItsParent() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.builder().put("vendor", "x").build());
        TraceContext written = TraceContext.of(Context.root().with(Span.wrap(span)));
        assertEquals("00-" + TRACE + "-" + SPAN + "-01", written.parent());
        assertEquals("vendor=x", written.state());

        SpanContext read = Span.fromContext(TraceContext.continued(written.parent(), written.state())).getSpanContext();
        assertTrue(read.isRemote());
        assertEquals(TRACE, read.getTraceId());
        assertEquals(SPAN, read.getSpanId());
        assertEquals("x", read.getTraceState().get("vendor"));
    }

    @Test
    void outsideAnySpanThereIsNothingToWrite() {
        assertNull(TraceContext.of(Context.root()));
    }

    @Test
    void aMissingOrMalformedContextStartsANewTraceInsteadOfFailing() {
        List<String> hostile = List.of("", "garbage", "00-" + TRACE + "-" + SPAN, "00-00000000000000000000000000000000-" + SPAN + "-01",
                "00-" + TRACE + "-0000000000000000-01", "zz-" + TRACE + "-" + SPAN + "-01", "00-" + TRACE.toUpperCase() + "-" + SPAN + "-01",
                "00-" + TRACE + "-" + SPAN + "-01" + "x".repeat(100_000));
        assertFalse(Span.fromContext(TraceContext.continued(null, null)).getSpanContext().isValid());
        for (String parent : hostile) {
            assertFalse(Span.fromContext(TraceContext.continued(parent, "a=b")).getSpanContext().isValid(), parent);
        }
    }
}
