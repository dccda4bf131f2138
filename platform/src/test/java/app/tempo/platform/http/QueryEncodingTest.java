package app.tempo.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QueryEncodingTest {

    @Test
    void percentEncodedUtf8Decodes() {
        assertEquals("a b+ü🏃", QueryEncoding.decode("a+b%2B%C3%BC%F0%9F%8F%83"));
        assertEquals("", QueryEncoding.decode(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%uD800", "%", "%4", "abc%zz", "%FF", "%C3", "%ED%A0%80", "ü"})
    void brokenEscapesAndBytesThatAreNotUtf8AreRefused(String raw) {
        assertFalse(QueryEncoding.decodes(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"50", "6f1c2a52-8c1e-4d3a-9a57-0d1f0f8a1e01", "%41%42", "a%20b"})
    void ordinaryValuesPass(String raw) {
        assertTrue(QueryEncoding.decodes(raw));
    }
}
