package app.tempo.platform.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Text fields take JSON strings only (the default binder turns {@code 5} or {@code true} into text), and no
 * control characters but tab, line feed and carriage return: PostgreSQL cannot store NUL, and the others have no
 * place in names and descriptions. Lone surrogates are refused too, since they cannot be stored as UTF-8.
 */
public class TextDeserializer implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        String text = JsonValues.text(parser, "text");
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new JsonbException("control character U+%04X is not allowed in text".formatted((int) c));
            }
            if (Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
                throw new JsonbException("unpaired surrogate U+%04X is not text".formatted((int) c));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return text;
    }

    private static boolean isPairedSurrogate(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
