package app.tempo.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** A decimal is a JSON number (not text) that a double can hold: {@code 1e400} is refused rather than stored as infinity. */
public class DecimalDeserializer implements JsonbDeserializer<Double> {

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonNumber number = JsonValues.number(parser, "a number");
        if (number == null) {
            return null;
        }
        double value = number.bigDecimalValue().doubleValue();
        if (Double.isInfinite(value)) {
            throw new JsonbException(number + " is too large");
        }
        return value;
    }
}
