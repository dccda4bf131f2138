package it.tempo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live settings of replacement hints change on a running server when their file changes (as a mounted
 * ConfigMap does), without a restart: ./tempo points every server at {@code <run dir>/live/tempo.properties}.
 */
class LiveSettingsIT {

    private static final Path LIVE_FILE = Stack.runDir().resolve("live/tempo.properties");

    private final Api alice = Api.as("alice", Stack.account());

    @AfterEach
    void removeTheFile() throws IOException {
        Files.deleteIfExists(LIVE_FILE);
        Eventually.await(Duration.ofSeconds(15), () -> features().getJsonNumber("gearHintThreshold").doubleValue() == 0.9,
                () -> "the default threshold is back: " + features());
    }

    @Test
    void aChangedFileTakesEffectWithinSecondsWithoutARestart() throws IOException {
        String serverPid = Files.readString(Stack.runDir().resolve("pids/account")).strip();
        long changed = write("tempo.gear.hint.threshold=0.5\ntempo.gear.hint.variant-b-share=1\n");
        Eventually.await(Duration.ofSeconds(10), () -> features().getJsonNumber("gearHintThreshold").doubleValue() == 0.5,
                () -> "the threshold from the file: " + features());
        System.out.printf("live setting applied %d ms after the file changed%n", (System.nanoTime() - changed) / 1_000_000);
        assertEquals("B", features().getString("gearHintWording"), "everybody gets B at share 1");

        UUID shoes = AccountApi.gear(alice, """
                {"type":"SHOES","brand":"Saucony","model":"Endorphin","wearLimitMeters":10000}""");
        UUID training = UUID.randomUUID();
        Api gateway = Api.as("alice", Stack.gateway());
        assertEquals(201, gateway.put("/api/v1/training/trainings/" + training, Json.training("Live")).status());
        Reply completed = gateway.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(6_000, 1_800, shoes));
        assertEquals(200, completed.status(), completed::toString);
        Database.awaitConsumed("account", training);
        String hint = Database.text("SELECT body FROM account.outbox_event WHERE event_type = 'GearWearLimitReached' AND aggregate_id = ?",
                shoes.toString());
        assertTrue(hint != null, "60% of the limit passes a threshold of 50%");
        assertTrue(hint.contains("\"variant\":\"B\""), hint);
        assertTrue(hint.contains("earned a rest"), hint);

        write("tempo.gear.hint.threshold=0.5\ntempo.gear.hint.variant-b-share=0\n");
        Eventually.await(Duration.ofSeconds(10), () -> features().getString("gearHintWording").equals("A"),
                () -> "nobody gets B at share 0: " + features());
        write("tempo.gear.hint.threshold=not a number\n");
        Eventually.await(Duration.ofSeconds(10), () -> features().getJsonNumber("gearHintThreshold").doubleValue() == 0.9,
                () -> "a value that does not parse falls back to the default: " + features());
        assertEquals(serverPid, Files.readString(Stack.runDir().resolve("pids/account")).strip(), "the server was not restarted");
    }

    private JsonObject features() {
        return AccountApi.get(alice, "/api/v1/account/me").getJsonObject("features");
    }

    /** Replaces the file as the kubelet does a ConfigMap's: new content beside it, then a rename. */
    private static long write(String content) throws IOException {
        Files.createDirectories(LIVE_FILE.getParent());
        Path next = LIVE_FILE.resolveSibling("tempo.properties.next");
        Files.writeString(next, content);
        Files.move(next, LIVE_FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return System.nanoTime();
    }
}
