package it.tempo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthenticationIT {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** Every endpoint of the slice, on the server that owns it. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET training", api -> api.get("/api/v1/training/trainings/" + UUID.randomUUID()), Stack.training()),
            new Endpoint("PUT training", api -> api.put("/api/v1/training/trainings/" + UUID.randomUUID(), Json.training("x")), Stack.training()),
            new Endpoint("PUT completion", api -> api.put("/api/v1/training/trainings/" + UUID.randomUUID() + "/completion", Json.completion(1, 1)), Stack.training()),
            new Endpoint("GET gear list", api -> api.get("/api/v1/account/gear"), Stack.account()),
            new Endpoint("GET gear", api -> api.get("/api/v1/account/gear/" + UUID.randomUUID()), Stack.account()),
            new Endpoint("PUT gear", api -> api.put("/api/v1/account/gear/" + UUID.randomUUID(), Json.shoes()), Stack.account()),
            new Endpoint("GET notifications", api -> api.get("/api/v1/interaction/notifications"), Stack.interaction()),
            new Endpoint("PUT notification read", api -> api.put("/api/v1/interaction/notifications/" + UUID.randomUUID() + "/read", ""), Stack.interaction()));

    static Stream<Arguments> endpointsAndBadTokens() {
        String valid = Sso.token("alice");
        String[] parts = valid.split("\\.");
        String header = decode(parts[0]);
        String payload = decode(parts[1]);
        List<Arguments> cases = new java.util.ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            cases.add(Arguments.of(endpoint, "no token", null));
            cases.add(Arguments.of(endpoint, "not a JWT", "not-a-token"));
            cases.add(Arguments.of(endpoint, "payload changed after signing",
                    parts[0] + "." + encode(payload.replace("\"alice\"", "\"mallory\"")) + "." + parts[2]));
            cases.add(Arguments.of(endpoint, "alg none", encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."));
            cases.add(Arguments.of(endpoint, "signed by another key with the SSO's kid", signedByStranger(header, payload)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("endpointsAndBadTokens")
    void everyEndpointRefusesRequestsWithoutAValidToken(Endpoint endpoint, String what, String token) {
        Api api = token == null ? Api.anonymous(endpoint.server()) : Api.withToken(token, endpoint.server());
        Reply reply = endpoint.call().apply(api);
        assertEquals(401, reply.status(), endpoint.name() + " with " + what + ": " + reply);
    }

    private static String signedByStranger(String header, String payload) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair stranger = generator.generateKeyPair();
            String signingInput = encode(header) + "." + encode(payload);
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(stranger.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    record Endpoint(String name, Function<Api, Reply> call, URI server) {
        @Override
        public String toString() {
            return name;
        }
    }
}
