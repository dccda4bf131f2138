package it.tempo.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;

/**
 * The local SSO's signing keys, changed through Keycloak's admin API by the realm's test-only client
 * {@code tempo-test-key-admin} (client credentials; its service account may manage this realm only).
 */
public final class SsoKeys {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PROVIDER_TYPE = "org.keycloak.keys.KeyProvider";

    private SsoKeys() {
    }

    /** Adds a key Keycloak generates, signing every new token from now on if its priority is the highest. */
    public static String addGeneratedKey(String name, int priority) {
        return addComponent(name, "rsa-generated", Json.createObjectBuilder()
                .add("priority", Json.createArrayBuilder().add(String.valueOf(priority)))
                .add("algorithm", Json.createArrayBuilder().add("RS256"))
                .add("keySize", Json.createArrayBuilder().add("2048")).build());
    }

    /** Imports a private key the test holds: published in the realm's JWKS, so the servers trust what it signs. */
    public static String importKey(String name, PrivateKey key, int priority) {
        return addComponent(name, "rsa", Json.createObjectBuilder()
                .add("priority", Json.createArrayBuilder().add(String.valueOf(priority)))
                .add("algorithm", Json.createArrayBuilder().add("RS256"))
                .add("privateKey", Json.createArrayBuilder().add(Base64.getEncoder().encodeToString(key.getEncoded()))).build());
    }

    /** The key id ({@code kid}) the realm gives a key component's key. */
    public static String kidOf(String componentId) {
        return Json.createReader(new StringReader(admin("GET", "/keys", null).body())).readObject()
                .getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(key -> componentId.equals(key.getString("providerId", "")))
                .map(key -> key.getString("kid")).findFirst()
                .orElseThrow(() -> new AssertionError("no key of component " + componentId));
    }

    public static void remove(String componentId) {
        HttpResponse<String> response = admin("DELETE", "/components/" + componentId, null);
        if (response.statusCode() != 204 && response.statusCode() != 404) {
            throw new AssertionError("could not remove key component " + componentId + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static String addComponent(String name, String providerId, JsonObject config) {
        String realmId = Json.createReader(new StringReader(admin("GET", "", null).body())).readObject().getString("id");
        JsonObject component = Json.createObjectBuilder().add("name", name).add("providerId", providerId)
                .add("providerType", PROVIDER_TYPE).add("parentId", realmId).add("config", config).build();
        HttpResponse<String> response = admin("POST", "/components", component.toString());
        if (response.statusCode() != 201) {
            throw new AssertionError("the SSO refused key component " + name + ": " + response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        URI uri = URI.create(Stack.ssoIssuer().replace("/realms/", "/admin/realms/") + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    private static String adminToken() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(Stack.ssoIssuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=tempo-test-key-admin&client_secret=tempo-test-key-admin-local-only")).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("no admin token for the test-only key admin: " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the SSO's admin API cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
