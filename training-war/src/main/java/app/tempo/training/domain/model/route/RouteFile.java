package app.tempo.training.domain.model.route;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A route with the GPX document Tempo keeps of it, and that document's SHA-256: kept with the training, so that any
 * other document is a change of the training (a new version, a new ETag), even one with the same summary (a loop
 * run the other way).
 */
public record RouteFile(Route route, String document, String digest) {

    public static RouteFile of(Route route, String document) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return new RouteFile(route, document, HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
