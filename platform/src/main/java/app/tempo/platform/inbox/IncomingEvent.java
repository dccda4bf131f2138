package app.tempo.platform.inbox;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/** A received event: the CloudEvents envelope Tempo sends, with its {@code data} left as JSON for the consumer. */
public record IncomingEvent(UUID eventId, String eventType, int eventVersion, Instant occurredAt, String subject,
                            JsonObject data) {

    public static IncomingEvent from(Message message) {
        try {
            if (!(message instanceof TextMessage text) || text.getText() == null) {
                throw new MalformedEvent("not a JSON text message");
            }
            return parse(text.getText());
        } catch (JMSException e) {
            // reading the body failed (e.g. a large message's stream broke): try again, it is not the event's fault
            throw new IllegalStateException("cannot read the message body", e);
        }
    }

    public static IncomingEvent parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject envelope = reader.readObject();
            return new IncomingEvent(
                    UUID.fromString(envelope.getString("id")),
                    envelope.getString("type"),
                    envelope.getInt("eventversion"),
                    Instant.parse(envelope.getString("time")),
                    envelope.getString("subject"),
                    envelope.getJsonObject("data"));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                 | DateTimeParseException e) {
            throw new MalformedEvent("not a Tempo CloudEvent: " + e.getMessage());
        }
    }

    /**
     * Reads the event's {@code data} into the consumer's own type; data that does not fit (a missing field, a wrong
     * type, an invalid id) makes the event {@link MalformedEvent unusable} rather than a failure to retry.
     */
    public <T> T read(Function<JsonObject, T> reader) {
        try {
            if (data == null) {
                throw new MalformedEvent("event " + eventId + " has no data");
            }
            return reader.apply(data);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                 | ArithmeticException | DateTimeParseException e) {
            throw new MalformedEvent("event " + eventId + " (" + eventType + " v" + eventVersion + ") has invalid data: " + e);
        }
    }

    /** The message can never be applied: it goes to the dead-letter address at once (see {@link FailureKind}). */
    public static class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }
    }
}
