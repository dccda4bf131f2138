package it.tempo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Statistics from training events through the broker, in the athlete's time zone: duplicates, redeliveries, a newer
 * result, an older one arriving late, and a change of time zone. Each run uses a year of its own, so earlier runs'
 * trainings do not count.
 */
class StatisticsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Api alice = Api.as("alice", Stack.gateway());
    private final int year = ThreadLocalRandom.current().nextInt(1950, 2900);

    @AfterEach
    void backToUtc() {
        setTimeZone("UTC");
    }

    @Test
    void totalsFollowTheAthletesCalendarAndCountEachTrainingOnce() {
        setTimeZone("Europe/Berlin");
        LocalDate monday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(1);
        // 00:30 on Monday in Berlin: the new week there, still Sunday afternoon in Los Angeles
        Instant earlyMonday = LocalDateTime.of(monday, LocalTime.of(0, 30)).atZone(BERLIN).toInstant();
        Instant wednesday = LocalDateTime.of(monday.plusDays(2), LocalTime.NOON).atZone(BERLIN).toInstant();
        Instant now = Instant.now();
        UUID nightRun = UUID.randomUUID();
        UUID run = UUID.randomUUID();
        UUID ride = UUID.randomUUID();

        AccountApi.Report night = AccountApi.completion("alice", nightRun, "RUN", earlyMonday, 10_000, 3_000, now, List.of(), List.of());
        night.publish();
        AccountApi.reportCompletion("alice", run, "RUN", wednesday, 5_000, 1_500, now, List.of(), List.of());
        AccountApi.reportCompletion("alice", ride, "RIDE", wednesday, 40_000, 5_400, now, List.of(), List.of());
        night.publish(); // a redelivery: the same event again
        // the ride's same result in another event (as a new event version published beside the old one would be)
        AccountApi.reportCompletion("alice", ride, "RIDE", wednesday, 40_000, 5_400, now.plusSeconds(30), List.of(), List.of());
        // the run's corrected result, then a stale one arriving late
        AccountApi.reportCompletion("alice", run, "RUN", wednesday, 5_500, 1_500, now.plusSeconds(60), List.of(), List.of());
        UUID last = AccountApi.reportCompletion("alice", run, "RUN", wednesday, 9_999, 1_500, now.minusSeconds(60), List.of(), List.of());

        Map<String, Double> expected = Map.of(monday + " RIDE", 40_000.0, monday + " RUN", 15_500.0);
        awaitWeeks(expected);
        Eventually.await(Duration.ofSeconds(30), () -> Database.count("SELECT count(*) FROM account.processed_event WHERE event_id = ?", last) == 1,
                () -> "the stale report consumed");
        assertEquals(expected, weeks(), "the corrected result replaced the first; duplicates and the stale one changed nothing");

        JsonObject month = AccountApi.get(alice, "/api/v1/account/statistics?period=MONTH&from=" + year + "-03-01&to=" + year + "-03-31&sport=RUN");
        JsonObject runs = month.getJsonArray("totals").getJsonObject(0);
        assertEquals(1, month.getJsonArray("totals").size(), "RUN only");
        assertEquals(2, runs.getInt("trainings"));
        assertEquals(15_500, runs.getJsonNumber("distanceMeters").doubleValue(), 0.001);
        assertEquals(4_500 - 120, runs.getJsonNumber("movingSeconds").longValue(), "moving time as reported");
        assertEquals(85.0, runs.getJsonNumber("elevationGainMeters").doubleValue(), 0.001);
        assertEquals(600.0, runs.getJsonNumber("calories").doubleValue(), 0.001);
        assertEquals("Europe/Berlin", month.getString("timeZone"));

        setTimeZone("America/Los_Angeles");
        Map<String, Double> inLosAngeles = Map.of(monday.minusWeeks(1) + " RUN", 10_000.0, monday + " RIDE", 40_000.0, monday + " RUN", 5_500.0);
        assertEquals(inLosAngeles, weeks(), "in Los Angeles the night run was on Sunday, the week before");
    }

    @Test
    void aBadQueryIsA400() {
        for (String query : List.of("period=DAY", "from=2026-13-01", "from=2026-05-01&to=2026-04-01", "period=WEEK&from=2000-01-01&to=2026-01-01",
                "sport=CURLING", "to=0001-01-01")) {
            Reply reply = alice.get("/api/v1/account/statistics?" + query);
            assertEquals(400, reply.status(), () -> query + ": " + reply);
        }
    }

    private Map<String, Double> weeks() {
        JsonObject weeks = AccountApi.get(alice, "/api/v1/account/statistics?period=WEEK&from=" + year + "-02-01&to=" + year + "-04-30");
        Map<String, Double> distances = new TreeMap<>();
        weeks.getJsonArray("totals").getValuesAs(JsonObject.class).forEach(total -> distances.put(
                total.getString("periodStart") + " " + total.getString("sport"), total.getJsonNumber("distanceMeters").doubleValue()));
        return distances;
    }

    private void awaitWeeks(Map<String, Double> expected) {
        Eventually.await(Duration.ofSeconds(30), () -> new TreeMap<>(expected).equals(weeks()), () -> "weeks " + expected + ", not " + weeks());
    }

    private void setTimeZone(String zone) {
        JsonObject profile = AccountApi.get(alice, "/api/v1/account/profile");
        AccountApi.describeProfile(alice, AccountApi.profile(profile.getString("nickname"), zone, ""));
    }
}
