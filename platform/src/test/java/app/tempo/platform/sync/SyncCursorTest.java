package app.tempo.platform.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SyncCursorTest {

    @Test
    void aCursorRoundTripsAndKnowsWhoseItIs() {
        SyncCursor cursor = SyncCursor.start("training", "alice-sub").after("18446744073709551615", 42);
        SyncCursor decoded = SyncCursor.decode(cursor.encode());
        assertEquals(cursor, decoded);
        assertTrue(decoded.belongsTo("training", "alice-sub"));
        assertFalse(decoded.belongsTo("account", "alice-sub"), "another domain's feed");
        assertFalse(decoded.belongsTo("training", "bob-sub"), "another user's feed");
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String text : new String[] {"", "abc", "%%%", encoded("v1|training|0123456789abcdef|1|"), encoded("v2|training|0123456789abcdef|1|2"),
                encoded("v1|training|0123456789abcdef|99999999999999999999|2"), encoded("v1|Training|0123456789abcdef|1|2"),
                encoded("v1|training|0123456789abcdef|1|99999999999999999999")}) {
            assertThrows(SyncCursor.Malformed.class, () -> SyncCursor.decode(text), text);
        }
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
