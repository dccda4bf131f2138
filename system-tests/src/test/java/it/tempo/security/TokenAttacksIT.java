package it.tempo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Jwt;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BARS' token attacks on every operation of the served OpenAPI documents (a new endpoint is attacked the day it is
 * added): each must answer 401, or 403 for a valid token of a user without the athlete role.
 */
class TokenAttacksIT {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final int CLOCK_SKEW_SECONDS = 30;

    static Stream<Arguments> operationsAndForgedTokens() {
        String valid = Sso.token("alice");
        String[] parts = valid.split("\\.");
        JsonObject header = parse(decode(parts[0]));
        String payload = decode(parts[1]);
        List<Arguments> cases = new ArrayList<>();
        for (ServedOperations.Operation operation : ServedOperations.all()) {
            cases.add(Arguments.of(operation, "no token", null));
            cases.add(Arguments.of(operation, "not a JWT", "not-a-token"));
            cases.add(Arguments.of(operation, "a bad signature", parts[0] + "." + parts[1] + "." + flipped(parts[2])));
            cases.add(Arguments.of(operation, "a payload changed after signing",
                    parts[0] + "." + encode(payload.replace("\"alice\"", "\"mallory\"")) + "." + parts[2]));
            cases.add(Arguments.of(operation, "alg none", encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."));
            cases.add(Arguments.of(operation, "HS256 signed with the SSO's public key",
                    hs256WithPublicKey(header.getString("kid"), payload)));
            cases.add(Arguments.of(operation, "an unknown kid", signedByStranger("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"no-such-key\"}", payload)));
            cases.add(Arguments.of(operation, "another key with the SSO's kid", signedByStranger(header.toString(), payload)));
            cases.add(Arguments.of(operation, "a token of another client of the same SSO (wrong audience)",
                    Sso.freshToken("alice", "tempo-test-other-audience")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("operationsAndForgedTokens")
    void everyOperationRefusesATokenItCannotTrust(ServedOperations.Operation operation, String what, String token) {
        Api api = token == null ? Api.anonymous(operation.server()) : Api.withToken(token, operation.server());
        Reply reply = operation.call(api);
        assertEquals(401, reply.status(), operation + " with " + what + ": " + reply);
    }

    @Test
    void aUserWithoutTheAthleteRoleIsForbiddenEverywhere() {
        String carol = Sso.freshToken("carol", "tempo-mobile");
        for (ServedOperations.Operation operation : ServedOperations.all()) {
            Reply reply = operation.call(Api.withToken(carol, operation.server()));
            assertEquals(403, reply.status(), operation + " as a user who is not an athlete: " + reply);
        }
    }

    /** The SSO signs a token that lives 5 s (a test-only client); once past its expiry and the clock skew it is refused. */
    @Test
    void anExpiredTokenIsRefusedEverywhere() throws InterruptedException {
        String shortLived = Sso.freshToken("alice", "tempo-test-short-lived");
        JsonObject claims = parse(decode(shortLived.split("\\.")[1]));
        assertEquals(200, Api.withToken(shortLived, Stack.interaction()).get("/api/v1/interaction/notifications").status(),
                "accepted while valid");
        Instant expiredForTheServer = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()).plusSeconds(CLOCK_SKEW_SECONDS + 2);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiredForTheServer).toMillis()));
        for (ServedOperations.Operation operation : ServedOperations.all()) {
            Reply reply = operation.call(Api.withToken(shortLived, operation.server()));
            assertEquals(401, reply.status(), operation + " with an expired token: " + reply);
        }
    }

    private static String hs256WithPublicKey(String kid, String payload) {
        try {
            JsonObject jwk = Json.createReader(new StringReader(Api.anonymous(URI.create(Stack.ssoIssuer()))
                            .get(Stack.ssoIssuer() + "/protocol/openid-connect/certs").body())).readObject()
                    .getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                    .filter(key -> kid.equals(key.getString("kid"))).findFirst().orElseThrow();
            byte[] der = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e"))))).getEncoded();
            String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
            String signingInput = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + encode(payload);
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return signingInput + "." + URL.encodeToString(hmac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String signedByStranger(String header, String payload) {
        return Jwt.rs256(header, payload, Jwt.newRsaKey().getPrivate());
    }

    /** Changes a signature byte in the middle (the last base64 character may only carry padding bits). */
    private static String flipped(String signature) {
        byte[] bytes = Base64.getUrlDecoder().decode(signature);
        bytes[bytes.length / 2] ^= 0x01;
        return URL.encodeToString(bytes);
    }

    private static JsonObject parse(String json) {
        return Jwt.parse(json);
    }

    private static String decode(String part) {
        return Jwt.decode(part);
    }

    private static String encode(String json) {
        return Jwt.encode(json);
    }
}
