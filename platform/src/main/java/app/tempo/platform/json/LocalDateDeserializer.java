package app.tempo.platform.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date is ISO 8601 ({@code 2026-11-22}) within {@link TimeRange}. */
public class LocalDateDeserializer implements JsonbDeserializer<LocalDate> {

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text = JsonValues.text(parser, "an ISO 8601 date");
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new JsonbException("expected an ISO 8601 date, like 2026-11-22");
        }
        if (date.isBefore(TimeRange.FIRST_DAY) || date.isAfter(TimeRange.LAST_DAY)) {
            throw TimeRange.outside(text);
        }
        return date;
    }
}
