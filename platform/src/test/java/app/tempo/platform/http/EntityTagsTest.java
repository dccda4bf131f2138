package app.tempo.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.tempo.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aVersionIsAStrongETagAndBack() {
        assertEquals("\"7\"", EntityTags.of(7));
        assertEquals(7L, EntityTags.versionIn("\"7\""));
        assertEquals(7L, EntityTags.versionIn("W/\"7\""), "a weak form of our tag names the same version");
    }

    @Test
    void noIfMatchMeansNoExpectedVersion() {
        assertNull(EntityTags.versionIn(null));
        assertNull(EntityTags.versionIn(" "));
    }

    @Test
    void anIfMatchWeDidNotIssueIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class, () -> EntityTags.versionIn("yesterday"));
        assertEquals(400, problem.problem().status());
        assertThrows(ProblemException.class, () -> EntityTags.versionIn("\"abc\""));
        assertThrows(ProblemException.class, () -> EntityTags.versionIn("*"));
    }
}
