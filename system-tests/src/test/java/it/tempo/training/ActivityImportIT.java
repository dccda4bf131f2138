package it.tempo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.RecordedActivity;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recorded activities imported from GPX (heart-rate extensions), TCX and FIT files through the gateway: the same
 * hour of running in each format makes the same result; the same file again changes nothing; bad, foreign, absurd
 * and oversize files are 4xx problem+json and leave nothing behind.
 */
class ActivityImportIT {

    private static final String GPX = "application/gpx+xml";
    private static final String TCX = "application/vnd.garmin.tcx+xml";
    private static final String FIT = "application/vnd.ant.fit";
    private static final RecordedActivity HOUR = new RecordedActivity(Instant.parse("2026-12-06T07:00:00Z"), 3600);

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());

    @Test
    void anHourInEachFormatMakesTheSameResultAndAFileSentAgainChangesNothing() {
        Map<String, byte[]> files = Map.of(GPX, HOUR.gpx(), TCX, HOUR.tcx(), FIT, HOUR.fit());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            UUID training = planned();
            Reply imported = alice.putFile(path(training) + "/activity?weightKg=61.5", file.getKey(), file.getValue());
            assertEquals(200, imported.status(), () -> file.getKey() + ": " + imported);
            JsonObject line = imported.json();
            assertEquals(3600, line.getInt("samples"), file.getKey());
            assertEquals(3599, line.getJsonNumber("movingSeconds").longValue(), file.getKey());
            // 0.10797° of latitude north from the equator: 11,939 m on WGS84
            assertEquals(11_939, line.getJsonNumber("distanceMeters").doubleValue(), 15, file.getKey());
            assertEquals(150, line.getInt("averageHeartRate"), () -> file.getKey() + ": 140…159, 149.5 rounded");
            assertEquals(159, line.getInt("maxHeartRate"), file.getKey());
            assertEquals(33, line.getJsonNumber("elevationGainMeters").doubleValue(), 0.001,
                    () -> file.getKey() + ": 1 m every 100 s, counted in climbs of 3 m: 100 → 133");
            assertEquals(8.0 * 61.5 * 3599 / 3600, line.getJsonNumber("calories").doubleValue(), 0.01, file.getKey());
            Reply again = alice.putFile(path(training) + "/activity", file.getKey(), file.getValue());
            assertEquals(200, again.status());
            assertEquals(imported.header("ETag"), again.header("ETag"), () -> file.getKey() + " sent again changes nothing");
            assertEquals(3600, Database.count("SELECT count(*) FROM training.sample WHERE training_id = ?", training));
        }
    }

    @Test
    void badFilesAreRefusedClearlyAndLeaveNothing() {
        UUID training = planned();
        byte[] damaged = HOUR.fit();
        damaged[damaged.length / 2] ^= 0x5A;
        String route = "<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
                + "<trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.1\" lon=\"1\"/></trkseg></trk></gpx>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><TrainingCenterDatabase>&e;</TrainingCenterDatabase>";
        String absurd = new String(HOUR.tcx(), StandardCharsets.UTF_8).replaceFirst("<Value>140</Value>", "<Value>900</Value>");
        String farFuture = new String(HOUR.tcx(), StandardCharsets.UTF_8).replaceFirst("<Time>2026-12-06T07:00:00Z</Time>",
                "<Time>+300000-01-01T00:00:00Z</Time>");
        Object[][] cases = {
                {FIT, damaged, 400}, {FIT, "GPX pretending".getBytes(StandardCharsets.UTF_8), 400},
                {GPX, "<gpx".getBytes(StandardCharsets.UTF_8), 400}, {TCX, xxe.getBytes(StandardCharsets.UTF_8), 400},
                {TCX, HOUR.gpx(), 400}, {GPX, route.getBytes(StandardCharsets.UTF_8), 422}, {TCX, absurd.getBytes(StandardCharsets.UTF_8), 422}, {TCX, farFuture.getBytes(StandardCharsets.UTF_8), 422},
                {"text/plain", HOUR.gpx(), 415}, {GPX, new byte[0], 400}};
        for (Object[] bad : cases) {
            Reply reply = alice.putFile(path(training) + "/activity", (String) bad[0], (byte[]) bad[1]);
            assertEquals(bad[2], reply.status(), () -> bad[0] + " " + new String(Arrays.copyOf((byte[]) bad[1], 40), StandardCharsets.UTF_8) + ": " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        }
        Reply weightless = alice.putFile(path(training) + "/activity?weightKg=2", GPX, HOUR.gpx());
        assertEquals(400, weightless.status(), weightless::toString);
        assertEquals(0, Database.count("SELECT count(*) FROM training.sample WHERE training_id = ?", training), "nothing was kept");
    }

    @Test
    void aFileOverTheLimitIsRefusedAtTheGatewayAndOthersMayNotImport() {
        UUID training = planned();
        byte[] tenHours = new RecordedActivity(Instant.parse("2026-12-06T07:00:00Z"), 36_000).gpx();
        byte[] huge = Arrays.copyOf(tenHours, 17 * 1024 * 1024); // over the 16 MiB default
        Reply tooLarge = alice.putFile(path(training) + "/activity", GPX, huge);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.contentType().startsWith("application/problem+json"));
        assertEquals(404, bob.putFile(path(training) + "/activity", GPX, HOUR.gpx()).status(), "a private training is invisible");
        UUID open = UUID.randomUUID();
        assertEquals(201, alice.put(path(open), "{\"sport\":\"RUN\",\"title\":\"Open\",\"visibility\":\"PUBLIC\"}").status());
        assertEquals(403, bob.putFile(path(open) + "/activity", GPX, HOUR.gpx()).status(), "only who takes part records");
        Reply tenHourImport = alice.putFile(path(training) + "/activity", GPX, tenHours);
        assertEquals(200, tenHourImport.status(), tenHourImport::toString);
        assertEquals(36_000, tenHourImport.json().getInt("samples"));
        assertEquals(Sso.subject("alice"), tenHourImport.json().getString("subject"));
    }

    private UUID planned() {
        UUID id = UUID.randomUUID();
        assertEquals(201, alice.put(path(id), "{\"sport\":\"RUN\",\"title\":\"Imported run\"}").status());
        return id;
    }

    private static String path(UUID training) {
        return "/api/v1/training/trainings/" + training;
    }
}
