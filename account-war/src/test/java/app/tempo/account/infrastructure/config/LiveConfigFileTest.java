package app.tempo.account.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveConfigFileTest {

    @TempDir
    Path directory;

    @Test
    void aChangedFileIsReadAgainWithinThreeSeconds() throws Exception {
        Path file = directory.resolve("tempo.properties");
        Files.writeString(file, "tempo.gear.hint.threshold=0.8\n");
        LiveConfigFile source = new LiveConfigFile(file);
        assertEquals("0.8", source.getValue("tempo.gear.hint.threshold"));
        assertEquals(700, source.getOrdinal(), "above every other source");

        replaceLikeAConfigMap(file, "tempo.gear.hint.threshold = 0.5 \ntempo.gear.hint.variant-b-share=1\n");
        awaitValue(source, "tempo.gear.hint.threshold", "0.5");
        assertEquals("1", source.getValue("tempo.gear.hint.variant-b-share"));

        Files.delete(file);
        awaitValue(source, "tempo.gear.hint.threshold", null);
    }

    @Test
    void aMissingFileIsAnEmptySource() {
        LiveConfigFile source = new LiveConfigFile(directory.resolve("absent.properties"));
        assertNull(source.getValue("tempo.gear.hint.threshold"));
        assertEquals(0, source.getPropertyNames().size());
    }

    /** The kubelet writes a ConfigMap's new data beside the old and swaps it in with a rename. */
    private static void replaceLikeAConfigMap(Path file, String content) throws IOException {
        Path next = file.resolveSibling("next.properties");
        Files.writeString(next, content);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitValue(LiveConfigFile source, String name, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline && !Objects.equals(expected, source.getValue(name))) {
            Thread.sleep(50);
        }
        assertEquals(expected, source.getValue(name), "within 3 s of the change");
    }
}
