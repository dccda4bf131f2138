package app.tempo.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The SSO's published key set (JWKS) as fetched at one moment: the document itself and the ids of its signing keys. */
record KeySet(String json, Set<String> signingKeyIds, Instant fetchedAt) {

    KeySet {
        signingKeyIds = Set.copyOf(signingKeyIds);
    }

    /** @throws IllegalArgumentException when the text is not a JWKS (a JSON object with a {@code keys} array) */
    static KeySet parse(String json, Instant fetchedAt) {
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(json))) {
            document = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        if (!(document.get("keys") instanceof JsonArray keys)) {
            throw new IllegalArgumentException("no \"keys\" array");
        }
        Set<String> ids = new HashSet<>();
        for (JsonValue key : keys) {
            if (key instanceof JsonObject jwk && jwk.get("kid") instanceof JsonString kid && signs(jwk)) {
                ids.add(kid.getString());
            }
        }
        return new KeySet(json, ids, fetchedAt);
    }

    boolean has(String kid) {
        return kid != null && signingKeyIds.contains(kid);
    }

    /** Keycloak also publishes encryption keys ({@code "use":"enc"}); only signing keys may vouch for a token. */
    private static boolean signs(JsonObject jwk) {
        return !jwk.containsKey("use") || "sig".equals(jwk.getString("use", null));
    }
}
