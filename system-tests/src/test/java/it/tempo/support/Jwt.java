package it.tempo.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/** Compact JWTs taken apart and signed by hand: the token attacks need control no JWT library gives. */
public final class Jwt {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwt() {
    }

    public static JsonObject header(String token) {
        return parse(decode(token.split("\\.")[0]));
    }

    public static JsonObject claims(String token) {
        return parse(decode(token.split("\\.")[1]));
    }

    /** {@code header.payload.signature} with an RS256 signature by {@code key}. */
    public static String rs256(String header, String payload, PrivateKey key) {
        try {
            String signingInput = encode(header) + "." + encode(payload);
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    public static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    public static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    public static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    public static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
