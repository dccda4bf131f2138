package it.tempo.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.OpenApi.Operation;
import it.tempo.support.OpenApi.Parameter;
import it.tempo.support.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Walks a list operation page by page, as the API pages: {@code next} of one page is the {@code cursor} of the next
 * (for the sync feed, its {@code cursor} while it {@code hasMore}).
 */
final class Pages {

    private static final int MAX_PAGES = 200;

    private Pages() {
    }

    /** Hands each page to the visitor until it answers false or the list ends; returns whether the visitor stopped it. */
    static boolean walk(Operation list, String user, Predicate<Reply> visitor) {
        // the largest page each list allows, and a valid value for what a list requires (a search's query)
        String query = list.parameters("query").stream().filter(parameter -> parameter.schema().highest().isPresent() || parameter.required())
                .map(parameter -> parameter.name() + "=" + (parameter.schema().highest().isPresent()
                        ? parameter.schema().highest().get().toBigInteger().toString()
                        : URLEncoder.encode(((JsonString) parameter.schema().validInstance()).getString(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        boolean paged = list.parameters("query").stream().map(Parameter::name).anyMatch("cursor"::equals);
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String path = list.path("") + "?" + query + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Reply reply = list.send(user, path, (byte[]) null);
            assertEquals(200, reply.status(), () -> user + " lists " + path + ": " + reply);
            if (!visitor.test(reply)) {
                return true;
            }
            // lists give the next page's cursor as "next"; the sync feed gives "cursor" and says whether it "hasMore"
            JsonValue next = reply.json().getBoolean("hasMore", false) ? reply.json().get("cursor") : reply.json().get("next");
            if (!paged || !(next instanceof JsonString nextCursor)) {
                return false;
            }
            cursor = nextCursor.getString();
        }
        throw new AssertionError(list.label() + " still has pages after " + MAX_PAGES);
    }

    /** The values of every {@code "id"} member on a page, at any depth. */
    static List<String> ids(JsonValue value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (key.equals("id") && member instanceof JsonString id) {
                    ids.add(id.getString());
                } else {
                    ids.addAll(ids(member));
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(member -> ids.addAll(ids(member)));
        }
        return ids;
    }

    /** The object with this id on a page, at any depth. */
    static Optional<JsonObject> withId(JsonValue value, String id) {
        if (value instanceof JsonObject object) {
            if (object.get("id") instanceof JsonString own && own.getString().equals(id)) {
                return Optional.of(object);
            }
            return object.values().stream().map(member -> withId(member, id)).flatMap(Optional::stream).findFirst();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(member -> withId(member, id)).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }
}
