package it.tempo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Jwt;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.SsoKeys;
import it.tempo.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SSO's keys as they change in production (BARS F13) and the claims a trusted key can still get wrong. A key the
 * test holds is imported into the realm (published in its JWKS, never used by the SSO to sign), so the test can sign
 * what the SSO never would: a token not valid yet, one from another issuer.
 */
class SigningKeysIT {

    private static final String NOTIFICATIONS = "/api/v1/interaction/notifications";
    private static final List<URI> SERVERS = List.of(Stack.account(), Stack.training(), Stack.interaction());
    private static KeyPair ours;
    private static String ourComponent;
    private static String ourKid;

    @BeforeAll
    static void importOurKey() {
        ours = Jwt.newRsaKey();
        ourComponent = SsoKeys.importKey("tempo-test-imported", ours.getPrivate(), -100);
        ourKid = SsoKeys.kidOf(ourComponent);
    }

    @AfterAll
    static void removeOurKey() {
        if (ourComponent != null) {
            SsoKeys.remove(ourComponent);
        }
    }

    @Test
    void aTrustedKeysTokenIsStillRefusedWhenNotValidYetOrFromAnotherIssuer() {
        long now = Instant.now().getEpochSecond();
        String valid = signed(claims -> claims.add("iat", now).add("exp", now + 300));
        for (URI server : SERVERS) {
            Eventually.await(Duration.ofSeconds(60), () -> accepted(onServer(server, valid)),
                    () -> server + " accepts a well-formed token signed by a key of the SSO's JWKS: " + onServer(server, valid));
        }
        Map<String, String> refused = Map.of(
                "not valid for another 10 minutes (nbf)", signed(claims -> claims.add("iat", now).add("nbf", now + 600).add("exp", now + 900)),
                "issued in the future (iat)", signed(claims -> claims.add("iat", now + 600).add("exp", now + 900)),
                "from another issuer", signed(claims -> claims.add("iat", now).add("exp", now + 300)
                        .add("iss", Stack.ssoIssuer().replace("/realms/tempo", "/realms/other"))),
                "without an expiry", signed(claims -> claims.add("iat", now).remove("exp")));
        for (ServedOperations.Operation operation : ServedOperations.all()) {
            refused.forEach((what, token) -> {
                Reply reply = operation.call(Api.withToken(token, operation.server()));
                assertEquals(401, reply.status(), operation + " with a token " + what + ": " + reply);
            });
        }
    }

    @Test
    void aRotatedSigningKeyIsTrustedAtOnceAndTokensOfTheOldOneStillWork() {
        String before = Sso.freshToken("alice");
        String rotated = SsoKeys.addGeneratedKey("tempo-test-rotated", 1000);
        try {
            String after = Sso.freshToken("alice");
            assertNotEquals(Jwt.header(before).getString("kid"), Jwt.header(after).getString("kid"), "the SSO signs with the new key");
            for (URI server : SERVERS) {
                // a server fetches the key set for an unknown key id at most once a second, and waits ≤ 3.5 s for it
                Eventually.await(Duration.ofSeconds(6), () -> accepted(onServer(server, after)),
                        () -> server + " accepts a token of the rotated key: " + onServer(server, after));
                assertTrue(accepted(onServer(server, before)), server + " still accepts a token of the previous key");
            }
        } finally {
            SsoKeys.remove(rotated);
        }
    }

    /** Liberty never forgets a key; the servers' own key check refuses it once their key set is refreshed (≤ 30 s). */
    @Test
    void aWithdrawnKeysTokensAreRefusedWithinTheKeySetsMaximumAge() {
        KeyPair retiring = Jwt.newRsaKey();
        String component = SsoKeys.importKey("tempo-test-retiring", retiring.getPrivate(), -100);
        long now = Instant.now().getEpochSecond();
        String token = signed(retiring, SsoKeys.kidOf(component), claims -> claims.add("iat", now).add("exp", now + 600));
        for (URI server : SERVERS) {
            Eventually.await(Duration.ofSeconds(60), () -> accepted(onServer(server, token)),
                    () -> server + " accepts the key before its withdrawal: " + onServer(server, token));
        }
        SsoKeys.remove(component);
        long withdrawn = System.nanoTime();
        for (URI server : SERVERS) {
            Eventually.await(Duration.ofSeconds(60), () -> onServer(server, token).status() == 401,
                    () -> server + " still accepts a withdrawn key's token: " + onServer(server, token));
            Reply refused = onServer(server, token);
            assertEquals("application/problem+json", refused.contentType(), server + ": " + refused);
        }
        System.out.printf("a withdrawn key's tokens were refused by every server %d s after its removal%n",
                Duration.ofNanos(System.nanoTime() - withdrawn).toSeconds());
    }

    @Test
    void whileTheSsoIsDownKnownKeysStillWorkAndAnUnknownKeyIsRefusedPromptly() throws InterruptedException {
        String known = Sso.freshToken("alice");
        for (URI server : SERVERS) {
            assertTrue(accepted(onServer(server, known)));
        }
        String unknown = Jwt.rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"rotated-away\"}",
                Jwt.decode(known.split("\\.")[1]), Jwt.newRsaKey().getPrivate());
        Stack.tempo("signal", "sso", "STOP"); // frozen: connections to it open, then nothing answers
        try {
            assertThrows(HttpTimeoutException.class, SigningKeysIT::fetchKeySet, "the SSO's key set cannot be fetched while it is frozen");
            // past the servers' minimum interval between two fetches (1 s), so that the unknown key makes them try the SSO
            Thread.sleep(2000);
            for (URI server : SERVERS) {
                assertTrue(accepted(onServer(server, known)), server + " needs no SSO for a key it knows");
                long started = System.nanoTime();
                Reply refused = onServer(server, unknown);
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                System.out.printf("%s refused a token of an unknown key in %d ms while the SSO was frozen%n", server, millis);
                assertEquals(401, refused.status(), server + " with an unknown key while the SSO is down: " + refused);
                assertTrue(millis >= 2_500, server + " tried the SSO for this unknown key (its 3 s fetch timeout): " + millis + " ms");
                assertTrue(millis < 5_000, server + " answered within the fetch timeout, not when the SSO comes back: " + millis + " ms");
            }
        } finally {
            Stack.tempo("signal", "sso", "CONT");
        }
    }

    private static void fetchKeySet() throws IOException, InterruptedException {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Stack.ssoIssuer() + "/protocol/openid-connect/certs"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Authenticated and authorised: the resource answered (200, or 404 for the training id nobody has). */
    private static boolean accepted(Reply reply) {
        return reply.status() == 200 || reply.status() == 404;
    }

    /** A read on each server that any athlete may send. */
    private static Reply onServer(URI server, String token) {
        return Api.withToken(token, server).get(server.equals(Stack.interaction()) ? NOTIFICATIONS
                : server.equals(Stack.account()) ? "/api/v1/account/gear" : "/api/v1/training/trainings/" + UUID.randomUUID());
    }

    /** A real SSO token's claims, changed, signed by our imported key. */
    private static String signed(Consumer<JsonObjectBuilder> change) {
        return signed(ours, ourKid, change);
    }

    private static String signed(KeyPair key, String kid, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder claims = Json.createObjectBuilder(Jwt.claims(Sso.token("alice")));
        change.accept(claims);
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid).build();
        return Jwt.rs256(header.toString(), claims.build().toString(), key.getPrivate());
    }
}
