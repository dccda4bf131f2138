package app.tempo.platform.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    @Test
    void libertysSizeLimitIsRecognisedWhereverItIsInTheChain() {
        assertTrue(JsonBodyGuard.isLibertysSizeLimit(new MessageTooLargeException()));
        assertTrue(JsonBodyGuard.isLibertysSizeLimit(new IOException("read failed", new MessageTooLargeException())));
        assertFalse(JsonBodyGuard.isLibertysSizeLimit(new IOException("connection reset")));
    }

    /** Stands for Liberty's {@code com.ibm.wsspi.http.channel.exception.MessageTooLargeException}. */
    private static final class MessageTooLargeException extends IOException {
    }
}
