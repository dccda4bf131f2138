package it.tempo.telemetry;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import it.tempo.support.Stack;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP receiver (protobuf, as the servers' OpenTelemetry SDK sends it) on {@code TEMPO_OTLP_PORT}, where
 * {@code ./tempo test} points the servers' exporters. It keeps every span by trace id and the last value of every
 * metric point; one runs for the whole test run ({@link ReceiverForTheRun}).
 */
public final class OtlpReceiver {

    private static OtlpReceiver shared;

    private final HttpServer server;
    private final Map<String, List<ReceivedSpan>> spansByTrace = new ConcurrentHashMap<>();
    private final Map<String, MetricPoint> metrics = new ConcurrentHashMap<>();
    private final Map<String, Long> lastCollected = new ConcurrentHashMap<>();

    private OtlpReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/v1/traces", exchange -> answer(exchange, () -> traces(ExportTraceServiceRequest.parseFrom(body(exchange)))));
        server.createContext("/v1/metrics", exchange -> answer(exchange, () -> metrics(ExportMetricsServiceRequest.parseFrom(body(exchange)))));
        server.createContext("/v1/logs", exchange -> answer(exchange, () -> body(exchange)));
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** The run's receiver, started on first use. */
    public static synchronized OtlpReceiver shared() {
        if (shared == null) {
            int port = Stack.number("TEMPO_OTLP_PORT", 14318);
            try {
                shared = new OtlpReceiver(port);
            } catch (IOException e) {
                throw new IllegalStateException("cannot receive OTLP on 127.0.0.1:" + port + " (TEMPO_OTLP_PORT): " + e, e);
            }
        }
        return shared;
    }

    public List<ReceivedSpan> spansOf(String traceId) {
        return List.copyOf(spansByTrace.getOrDefault(traceId, List.of()));
    }

    /** Every span received with this attribute value. */
    public List<ReceivedSpan> spansWithAttribute(String name, String value) {
        return spansByTrace.values().stream().flatMap(List::stream)
                .filter(span -> value.equals(span.attributes().get(name))).toList();
    }

    /**
     * When the service last collected its metrics (Unix nanoseconds, the export's points' time): a value received
     * with a later collection includes everything the service counted before it.
     */
    public long lastCollected(String service) {
        return lastCollected.getOrDefault(service, 0L);
    }

    /** The last points received of this metric, from any service. */
    public List<MetricPoint> points(String metricName) {
        return metrics.values().stream().filter(point -> point.name().equals(metricName)).toList();
    }

    private interface Reading {
        void run() throws IOException;
    }

    private static void answer(HttpExchange exchange, Reading reading) throws IOException {
        int status = 200;
        try {
            reading.run();
        } catch (IOException | RuntimeException e) {
            status = 400;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(status, -1); // an empty Export…ServiceResponse is zero bytes
        exchange.close();
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        InputStream raw = exchange.getRequestBody();
        try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        }
    }

    private void traces(ExportTraceServiceRequest request) {
        request.getResourceSpansList().forEach(resourceSpans -> {
            String service = serviceOf(resourceSpans.getResource());
            resourceSpans.getScopeSpansList().forEach(scope -> scope.getSpansList().forEach(span -> {
                ReceivedSpan received = new ReceivedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()),
                        hex(span.getParentSpanId()), span.getName(), span.getKind(), attributes(span.getAttributesList()));
                spansByTrace.computeIfAbsent(received.traceId(), id -> new CopyOnWriteArrayList<>()).add(received);
            }));
        });
    }

    /** Records every point first, then when each service collected them: a reader never sees half an export. */
    private void metrics(ExportMetricsServiceRequest request) {
        Map<String, Long> collected = new HashMap<>();
        request.getResourceMetricsList().forEach(resourceMetrics -> {
            String service = serviceOf(resourceMetrics.getResource());
            resourceMetrics.getScopeMetricsList().forEach(scope -> scope.getMetricsList().forEach(metric ->
                    record(service, metric).forEach(point -> collected.merge(service, point.timeUnixNano(), Math::max))));
        });
        collected.forEach((service, time) -> lastCollected.merge(service, time, Math::max));
    }

    private List<MetricPoint> record(String service, Metric metric) {
        List<MetricPoint> points = new ArrayList<>();
        switch (metric.getDataCase()) {
            case SUM -> metric.getSum().getDataPointsList().forEach(point -> points.add(numberPoint(service, metric, point)));
            case GAUGE -> metric.getGauge().getDataPointsList().forEach(point -> points.add(numberPoint(service, metric, point)));
            case HISTOGRAM -> metric.getHistogram().getDataPointsList().forEach(point -> points.add(new MetricPoint(
                    service, metric.getName(), attributes(point.getAttributesList()), point.getSum(), point.getCount(),
                    point.getTimeUnixNano())));
            default -> {
                return List.of();
            }
        }
        points.forEach(point -> metrics.put(point.key(), point));
        return points;
    }

    private static MetricPoint numberPoint(String service, Metric metric, NumberDataPoint point) {
        double value = point.getValueCase() == NumberDataPoint.ValueCase.AS_INT ? point.getAsInt() : point.getAsDouble();
        return new MetricPoint(service, metric.getName(), attributes(point.getAttributesList()), value, 1, point.getTimeUnixNano());
    }

    private static String serviceOf(Resource resource) {
        return attributes(resource.getAttributesList()).getOrDefault("service.name", "");
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        Map<String, String> map = new TreeMap<>();
        attributes.forEach(attribute -> map.put(attribute.getKey(), text(attribute.getValue())));
        return map;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            default -> value.toString();
        };
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    /** A span as received: which service sent it, where it sits in its trace, what it was. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                               Span.SpanKind kind, Map<String, String> attributes) {
    }

    /**
     * One metric point's last value: a counter's or gauge's value; a histogram's sum, with its count; and when the
     * service collected it (Unix nanoseconds).
     */
    public record MetricPoint(String service, String name, Map<String, String> attributes, double value, long count,
                              long timeUnixNano) {

        String key() {
            return service + '|' + name + '|' + attributes;
        }
    }
}
