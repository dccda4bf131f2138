package it.tempo.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens from the local Keycloak (password grant of the mobile client), cached for a few minutes. */
public final class Sso {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    private Sso() {
    }

    public static String token(String user) {
        CachedToken cached = TOKENS.get(user);
        if (cached != null && cached.validUntil > System.currentTimeMillis()) {
            return cached.token;
        }
        String fresh = requestToken(user, user + "-local-only", "tempo-mobile");
        TOKENS.put(user, new CachedToken(fresh, System.currentTimeMillis() + 5 * 60_000));
        return fresh;
    }

    /** A token of its own, shared with no other test (e.g. to exhaust its rate limit). */
    public static String freshToken(String user) {
        return freshToken(user, "tempo-mobile");
    }

    /** A token of its own from a given client of the realm (the test-only clients have other lifespans or audiences). */
    public static String freshToken(String user, String client) {
        return requestToken(user, user + "-local-only", client);
    }

    /** The subject (sub) of a user's tokens. */
    public static String subject(String user) {
        String payload = token(user).split("\\.")[1];
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject().getString("sub");
    }

    private static String requestToken(String user, String password, String client) {
        String form = "grant_type=password&client_id=" + client + "&username=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(Stack.ssoIssuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("SSO refused a token for " + user + ": " + response.body());
            }
            JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
            return body.getString("access_token");
        } catch (java.io.IOException e) {
            throw new AssertionError("SSO unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record CachedToken(String token, long validUntil) {
    }
}
