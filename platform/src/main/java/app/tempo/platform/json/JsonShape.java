package app.tempo.platform.json;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.NoSuchElementException;

/**
 * The shape every request body must have before it is bound: one complete JSON document, an object (or an array where
 * the endpoint takes a list), nested at most {@value #MAX_DEPTH} levels. The default binder would make an object of
 * the first item of an array, and skip a truncated tail it does not need.
 */
public final class JsonShape {

    static final int MAX_DEPTH = 32;

    private JsonShape() {
    }

    public static boolean expectsArray(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }

    /** Refuses with 400 {@code malformed-body}, saying where, a body that is not of that shape. */
    public static void check(byte[] body, boolean array) {
        if (body.length == 0) {
            throw malformed("The body is empty; send a JSON " + (array ? "array" : "object"));
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            JsonParser.Event first = parser.next();
            JsonParser.Event wanted = array ? JsonParser.Event.START_ARRAY : JsonParser.Event.START_OBJECT;
            if (first != wanted) {
                throw malformed("The body must be a JSON " + (array ? "array" : "object"));
            }
            int depth = 1;
            while (depth > 0) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth = deeper(depth);
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
            }
            if (parser.hasNext()) {
                throw malformed("The body must hold one JSON value; more follows it");
            }
        } catch (JsonParsingException e) {
            throw malformed("The body is not valid JSON" + where(e.getLocation()));
        } catch (JsonException | NoSuchElementException e) {
            throw malformed("The body is not valid JSON");
        }
    }

    private static int deeper(int depth) {
        if (depth >= MAX_DEPTH) {
            throw malformed("The body is nested deeper than " + MAX_DEPTH + " levels");
        }
        return depth + 1;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_BODY, detail);
    }
}
