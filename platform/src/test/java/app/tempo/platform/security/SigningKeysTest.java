package app.tempo.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.platform.outbox.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    private static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock();
    private final ScriptedSource sso = new ScriptedSource();
    private final SigningKeys keys = new SigningKeys(sso, clock, MIN_INTERVAL, MAX_AGE, Duration.ofMillis(200));

    @Test
    void aKnownKeyIsTrustedWithoutAskingTheSsoAgain() {
        sso.publish("a", "b");
        assertTrue(keys.publishes("a"));
        clock.advance(Duration.ofSeconds(10));
        assertTrue(keys.publishes("b"));
        assertEquals(1, sso.fetches);
    }

    @Test
    void anUnknownKeyIdIsLookedUpBecauseItMayJustHaveBeenRotatedIn() {
        sso.publish("a");
        assertTrue(keys.publishes("a"));
        clock.advance(MIN_INTERVAL);
        sso.publish("a", "b");
        assertTrue(keys.publishes("b"));
        assertEquals(2, sso.fetches);
    }

    @Test
    void unknownKeyIdsDoNotMakeTheServerAskTheSsoMoreThanOncePerInterval() {
        sso.publish("a");
        for (int i = 0; i < 100; i++) {
            assertFalse(keys.publishes("forged-" + i));
        }
        assertEquals(1, sso.fetches);
        clock.advance(MIN_INTERVAL);
        assertFalse(keys.publishes("forged"));
        assertEquals(2, sso.fetches);
    }

    @Test
    void aWithdrawnKeyIsRefusedOnceTheAgedSetHasBeenRefreshedInTheBackground() {
        sso.publish("old", "new");
        assertTrue(keys.publishes("old"));
        sso.publish("new");
        clock.advance(MAX_AGE.plusSeconds(1));
        sso.holdNext();
        assertTrue(keys.publishes("old"), "answered from the aged set at once");
        assertTrue(keys.publishes("old"));
        assertEquals(2, sso.fetches, "one refresh under way, not two");
        sso.release();
        assertFalse(keys.publishes("old"));
        assertTrue(keys.publishes("new"));
    }

    @Test
    void aFailingSsoLeavesTheLastKeySetInForce() {
        sso.publish("a");
        assertTrue(keys.publishes("a"));
        sso.failWith(new IOException("connect timed out"));
        clock.advance(MAX_AGE.plusSeconds(1));
        assertTrue(keys.publishes("a"));
        assertEquals(2, sso.fetches);
        assertTrue(keys.publishes("a"));
        sso.answer("<html>proxy error</html>");
        clock.advance(MIN_INTERVAL);
        assertFalse(keys.publishes("b"));
        assertTrue(keys.publishes("a"));
    }

    @Test
    void nothingIsTrustedBeforeTheFirstSuccessfulFetch() {
        sso.failWith(new IOException("refused"));
        assertFalse(keys.publishes("a"));
        assertTrue(keys.document().isEmpty());
        assertFalse(keys.publishes(null));
    }

    @Test
    void aHangingSsoHoldsNoCallerLongerThanTheWaitAndIsAskedOnce() {
        sso.publish("a");
        assertTrue(keys.publishes("a"));
        clock.advance(MIN_INTERVAL);
        sso.holdNext();
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertFalse(keys.publishes("rotated-in"));
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5 * 200 + 500, "each caller waited at most 200 ms");
        assertEquals(2, sso.fetches, "callers share the fetch under way");
        assertTrue(keys.publishes("a"), "known keys are answered without waiting");
        assertFalse(keys.publishes(null), "a token without a key id is refused at once");
    }

    @Test
    void theRelayedDocumentIsTheSsosOwn() {
        sso.publish("a");
        assertEquals(sso.document, keys.document().orElseThrow());
    }

    @Test
    void onlySigningKeysCount() {
        KeySet set = KeySet.parse("{\"keys\":[{\"kid\":\"s\",\"use\":\"sig\"},{\"kid\":\"e\",\"use\":\"enc\"},{\"kid\":\"any\"},"
                + "{\"use\":\"sig\"},7]}", Instant.EPOCH);
        assertEquals(Set.of("s", "any"), set.signingKeyIds());
        assertThrows(IllegalArgumentException.class, () -> KeySet.parse("{\"keys\":{}}", Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> KeySet.parse("[]", Instant.EPOCH));
    }

    @Test
    void theKeyIdIsReadFromTheTokensHeader() {
        assertEquals("k1", TokenChecks.keyIdOf(encoded("{\"alg\":\"RS256\",\"kid\":\"k1\"}") + ".e30.sig"));
        assertNull(TokenChecks.keyIdOf(encoded("{\"alg\":\"RS256\"}") + ".e30.sig"));
        assertNull(TokenChecks.keyIdOf(encoded("{\"kid\":7}") + ".e30.sig"));
        assertNull(TokenChecks.keyIdOf("!!!.e30.sig"));
        assertNull(TokenChecks.keyIdOf(encoded("[") + ".e30.sig"));
        assertNull(TokenChecks.keyIdOf("no-dots"));
        assertNull(TokenChecks.keyIdOf(null));
    }

    private static String encoded(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The SSO's JWKS endpoint as the test scripts it. */
    private static final class ScriptedSource implements KeySetSource {

        int fetches;
        String document;
        IOException failure;

        void publish(String... kids) {
            StringBuilder json = new StringBuilder("{\"keys\":[");
            for (int i = 0; i < kids.length; i++) {
                json.append(i == 0 ? "" : ",").append("{\"kid\":\"").append(kids[i]).append("\",\"kty\":\"RSA\",\"use\":\"sig\"}");
            }
            answer(json.append("]}").toString());
        }

        void answer(String text) {
            document = text;
            failure = null;
        }

        void failWith(IOException e) {
            failure = e;
        }

        private CompletableFuture<String> held;

        /** The next fetch does not answer until {@link #release}. */
        void holdNext() {
            held = new CompletableFuture<>();
        }

        void release() {
            held.complete(document);
        }

        @Override
        public CompletableFuture<String> fetch() {
            fetches++;
            if (held != null && !held.isDone()) {
                return held;
            }
            return failure != null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture(document);
        }
    }
}
