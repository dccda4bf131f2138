package it.tempo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recurring trainings through the gateway: a weekly series keeps its wall-clock time across the end of summer time,
 * occurrences are cancelled and moved one by one in the plan (If-Match, like any change), listed in a window, and
 * seen by whoever may see the training; series that cannot be are 400 problem+json.
 */
class ScheduleIT {

    /** Sunday 18 October 2026, 08:00 in Berlin (UTC+2 until the 25th). */
    private static final String SERIES = """
            {"sport":"RUN","title":"Sunday long run","plannedStart":"2026-10-18T06:00:00Z","timeZone":"Europe/Berlin",
             "plannedDurationMinutes":90,"recurrence":{"days":["SUNDAY"],"count":3%s}}""";

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());

    @Test
    void aSeriesKeepsItsLocalTimeAndItsOccurrencesAreCancelledOrMovedOneByOne() {
        UUID training = UUID.randomUUID();
        Reply created = alice.put(path(training), SERIES.formatted(""));
        assertEquals(201, created.status(), created::toString);
        assertEquals(List.of("SUNDAY"), created.json().getJsonObject("recurrence").getJsonArray("days").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(List.of("2026-10-18T06:00:00Z SCHEDULED", "2026-10-25T07:00:00Z SCHEDULED", "2026-11-01T07:00:00Z SCHEDULED"),
                occurrences(alice, training, ""), "08:00 in Berlin before and after the clocks go back");

        String changes = ",\"changes\":[{\"date\":\"2026-10-25\",\"movedTo\":\"2026-10-24T07:00:00Z\"},{\"date\":\"2026-11-01\",\"cancelled\":true}]";
        assertEquals(428, alice.put(path(training), SERIES.formatted(changes)).status(), "a change of the plan needs If-Match");
        Reply changed = alice.put(path(training), SERIES.formatted(changes), "If-Match", created.header("ETag"));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(List.of("2026-10-18T06:00:00Z SCHEDULED", "2026-10-24T07:00:00Z MOVED", "2026-11-01T07:00:00Z CANCELLED"),
                occurrences(alice, training, ""));
        assertEquals(List.of("2026-10-24T07:00:00Z MOVED"), occurrences(alice, training, "?from=2026-10-20T00:00:00Z&to=2026-10-31T00:00:00Z"),
                "a window finds an occurrence where it now starts");
        assertEquals(200, alice.put(path(training), SERIES.formatted(changes), "If-Match", changed.header("ETag")).status(),
                "the same plan again changes nothing");

        assertEquals(404, bob.get(path(training) + "/occurrences").status(), "a stranger sees no occurrences of a private training");
        alice.send("POST", path(training) + "/invitations", "{\"subject\":\"" + Sso.subject("bob") + "\"}");
        assertEquals(3, occurrences(bob, training, "").size(), "an invitee sees them");
    }

    @Test
    void aSingleTrainingHasItsOnePlannedStart() {
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put(path(training), "{\"sport\":\"RIDE\",\"title\":\"Once\",\"plannedStart\":\"2026-12-06T08:00:00Z\"}").status());
        assertEquals(List.of("2026-12-06T08:00:00Z SCHEDULED"), occurrences(alice, training, ""));
        UUID unplanned = UUID.randomUUID();
        assertEquals(201, alice.put(path(unplanned), "{\"sport\":\"RIDE\",\"title\":\"Some day\"}").status());
        assertEquals(List.of(), occurrences(alice, unplanned, ""));
    }

    @Test
    void seriesThatCannotBeAreRefused() {
        for (String bad : new String[] {
                SERIES.formatted("").replace("\"SUNDAY\"", "\"MONDAY\""),
                SERIES.formatted("").replace("\"SUNDAY\"", "\"FUNDAY\""),
                SERIES.formatted("").replace(",\"count\":3", ""),
                SERIES.formatted(",\"until\":\"2027-01-01\""),
                SERIES.formatted("").replace("\"count\":3", "\"count\":0"),
                SERIES.formatted("").replace("\"count\":3", "\"until\":\"2026-01-01\""),
                SERIES.formatted("").replace("\"plannedStart\":\"2026-10-18T06:00:00Z\",", ""),
                SERIES.formatted(",\"changes\":[{\"date\":\"2026-10-19\",\"cancelled\":true}]"),
                SERIES.formatted(",\"changes\":[{\"date\":\"2026-10-25\"}]"),
                SERIES.formatted(",\"changes\":[{\"date\":\"2026-10-25\",\"cancelled\":true},{\"date\":\"2026-10-25\",\"cancelled\":true}]"),
                SERIES.formatted(",\"interval\":53"),
                SERIES.formatted("").replace("[\"SUNDAY\"]", "[]")}) {
            Reply reply = alice.put(path(UUID.randomUUID()), bad);
            assertEquals(400, reply.status(), () -> bad + ": " + reply);
            assertEquals("application/problem+json", reply.contentType());
        }
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put(path(training), SERIES.formatted("")).status());
        assertEquals(400, alice.get(path(training) + "/occurrences?from=yesterday").status());
    }

    private static List<String> occurrences(Api who, UUID training, String query) {
        Reply reply = who.get(path(training) + "/occurrences" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("occurrences").getValuesAs(JsonObject.class).stream()
                .map(occurrence -> occurrence.getString("start") + " " + occurrence.getString("status")).toList();
    }

    private static String path(UUID training) {
        return "/api/v1/training/trainings/" + training;
    }
}
