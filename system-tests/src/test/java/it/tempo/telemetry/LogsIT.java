package it.tempo.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Broker;
import it.tempo.support.Eventually;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The servers' console, as a container's log collector reads it ({@code ./tempo test} runs the stack with
 * {@code TEMPO_LOG_CONSOLE_FORMAT=json}): one JSON object per line, and the lines written while a span runs carry
 * its trace id — here the dead-lettering of a message whose sender started a trace.
 */
class LogsIT {

    private static final Path CONSOLE = Path.of(System.getProperty("tempo.wlp.usr"), "servers", "interaction", "logs", "console.log");

    @Test
    void everyConsoleLineIsJsonAndAConsumersLinesCarryTheTraceOfTheMessage() {
        long skip = lines().size();
        String traceId = HexFormat.of().formatHex(random(16));
        String run = UUID.randomUUID().toString();
        Broker.publish(Broker.TRAINING_EVENTS, "this is not an event", Map.of("eventType", "TrainingCompleted",
                "eventVersion", 1, "testRun", run, "traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01"));

        Eventually.await(Duration.ofSeconds(30), () -> lines().stream().skip(skip)
                        .anyMatch(line -> line.contains(traceId) && line.contains("dead-lettered")),
                () -> "interaction-war's console line of the dead-lettering, with trace id " + traceId);
        List<JsonObject> written = lines().stream().skip(skip).map(LogsIT::json).toList();
        List<JsonObject> traced = written.stream().filter(line -> traceId.equals(line.getString("ext_traceId", null))).toList();
        assertTrue(traced.stream().anyMatch(line -> line.getString("message", "").contains("dead-lettered")),
                "the dead-lettering is logged within the message's trace: " + traced);
        assertTrue(traced.stream().allMatch(line -> line.getString("ext_spanId", "").matches("[0-9a-f]{16}")),
                "with the consumer's span id: " + traced);
        for (String consumer : List.of("interaction", "account")) {
            assertNotNull(Broker.take("tempo.dlq::dlq.tempo.training.events", "testRun = '" + run + "' AND deadLetterConsumer = '"
                    + consumer + "'", Duration.ofSeconds(15)), "the test takes its dead letters away again");
        }
        assertEquals(written.size(), written.stream().filter(line -> line.containsKey("type")).count(),
                "every line is a Liberty JSON event with its type");
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(CONSOLE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
