package app.tempo.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;

/** The current value of a strict deserializer: null for JSON null, else a value of the one JSON type expected. */
final class JsonValues {

    private JsonValues() {
    }

    /** The number at the parser, or null for JSON null; text such as {@code "50"} is refused, not converted. */
    static JsonNumber number(JsonParser parser, String expected) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("expected " + expected + ", got " + typeOf(value));
        }
        return number;
    }

    /** The text at the parser, or null for JSON null; a number or flag is refused, not turned into text. */
    static String text(JsonParser parser, String expected) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new JsonbException("expected " + expected + ", got " + typeOf(value));
        }
        return string.getString();
    }

    static String typeOf(JsonValue value) {
        return value.getValueType().name().toLowerCase();
    }
}
