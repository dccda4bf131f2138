package app.tempo.platform.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** An instant is an ISO 8601 date-time with an offset ({@code 2026-11-22T07:00:00Z}) within {@link TimeRange}. */
public class InstantDeserializer implements JsonbDeserializer<Instant> {

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text = JsonValues.text(parser, "an ISO 8601 date-time with offset");
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new JsonbException("expected an ISO 8601 date-time with offset, like 2026-11-22T07:00:00Z");
        }
        if (instant.isBefore(TimeRange.FIRST_INSTANT) || !instant.isBefore(TimeRange.END)) {
            throw TimeRange.outside(text);
        }
        return instant;
    }
}
