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
                Eventually.await(Duration.ofSeconds(30), () -> accepted(onServer(server, after)),
                        () -> server + " accepts a token of the rotated key: " + onServer(server, after));
                assertTrue(accepted(onServer(server, before)), server + " still accepts a token of the previous key");
            }
        } finally {
            SsoKeys.remove(rotated);
        }
    }

    @Test
    void whileTheSsoIsDownTokensOfKnownKeysStillWork() {
        String known = Sso.freshToken("alice");
        for (URI server : SERVERS) {
            assertTrue(accepted(onServer(server, known)));
        }
        Stack.tempo("signal", "sso", "STOP"); // frozen: connections to it open, then nothing answers
        try {
            assertThrows(HttpTimeoutException.class, SigningKeysIT::fetchKeySet, "the SSO's key set cannot be fetched while it is frozen");
            for (URI server : SERVERS) {
                assertTrue(accepted(onServer(server, known)), server + " needs no SSO for a key it knows");
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
