package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * F7: the broker's journal disk is full (staged by restarting it with a disk limit below what the disk already
 * holds). Writes are still accepted; once the broker has found its disk full the relay's sends are refused or
 * blocked (a producer may first spend the credits it already held: those messages are stored). With space again,
 * every event is delivered exactly once: nothing acknowledged was lost.
 */
class BrokerDiskFullIT {

    private static final int COUNT = 100;
    private Completions completions;
    private boolean full;

    @Test
    void aFullJournalDiskBlocksPublishingAndLosesNothing() throws InterruptedException {
        full = true; // from here on, whatever happens, the broker is put back as it was
        Stack.tempo("stop", "broker");
        long warningsBefore = diskFullWarnings();
        Stack.tempoWith(Map.of("TEMPO_BROKER_MAX_DISK_USAGE", "0"), "start", "broker");
        // Artemis looks at its disk every disk-scan-period (5 s), not at start: until then it stores what it gets
        Eventually.await(Duration.ofSeconds(30), () -> diskFullWarnings() > warningsBefore, () -> "the broker finds its disk full");

        completions = new Completions(COUNT);
        completions.await(completions.startCompleting());
        assertEquals(COUNT, completions.accepted.get(), "writes never wait for the broker");
        List<UUID> events = Database.eventsOf(completions.trainings);
        assertEquals(COUNT, events.size());
        Thread.sleep(Duration.ofSeconds(20).toMillis()); // the relay tries, and is refused or blocked, meanwhile
        long unpublished = Database.countAny(
                "SELECT count(*) FROM training.outbox_event WHERE published_at IS NULL AND event_id = ANY (?)", events);
        // a producer may still spend the credits it held when the disk filled: those messages were stored, not lost
        System.out.printf("journal disk full: %d of %d events refused or blocked, %d stored on credits granted before%n",
                unpublished, COUNT, COUNT - unpublished);
        assertTrue(unpublished > 0, "the broker stopped taking events once its disk was full");

        Stack.tempo("stop", "broker");
        Stack.tempo("start", "broker");
        full = false;
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(180));
    }

    /** Artemis' AMQ222210 "… beyond the configured max-disk-usage. System will start blocking producers." */
    private static long diskFullWarnings() {
        try (Stream<String> lines = Files.lines(Stack.runDir().resolve("logs/broker.log"), StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("AMQ222210")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        if (completions != null) {
            completions.close();
        }
        if (full) {
            Stack.tempo("stop", "broker");
            Stack.tempo("start", "broker");
        }
    }
}
