package it.tempo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A training's route from a GPX file, through the gateway. */
class RouteIT {

    private static final String LOOP = gpx("""
            <trkpt lat="52.516275" lon="13.377704"><ele>34</ele></trkpt>
            <trkpt lat="52.521918" lon="13.413215"><ele>40</ele></trkpt>
            <trkpt lat="52.516275" lon="13.377704"><ele>35</ele></trkpt>""");

    private final Api alice = Api.as("alice", Stack.gateway());

    @Test
    void aRouteIsImportedSummarisedAndExported() {
        String training = planned();
        Reply routed = alice.put(route(training), body(LOOP));
        assertEquals(200, routed.status(), routed::toString);
        JsonObject summary = routed.json().getJsonObject("route");
        assertEquals(3, summary.getInt("points"));
        assertEquals(4_974, summary.getJsonNumber("distanceMeters").doubleValue(), 10, "twice 2.49 km, geodesic");
        assertEquals(6, summary.getJsonNumber("elevationGainMeters").doubleValue(), 1e-9);
        assertEquals(5, summary.getJsonNumber("elevationLossMeters").doubleValue(), 1e-9);
        assertEquals(13.413215, summary.getJsonNumber("maxLongitude").doubleValue(), 1e-9);
        assertEquals(200, alice.put(route(training), body(LOOP)).status(), "the same file again changes nothing");
        assertEquals(routed.header("ETag"), alice.get("/api/v1/training/trainings/" + training).header("ETag"));

        JsonObject exported = alice.get(route(training)).json();
        assertEquals(3, exported.getInt("points"));
        assertTrue(exported.getString("gpx").contains("lat=\"52.521918\""), exported::toString);
        Reply file = alice.send("GET", route(training), "", "Accept", "application/gpx+xml");
        assertEquals(200, file.status(), file::toString);
        assertTrue(file.contentType().startsWith("application/gpx+xml"), file.contentType());
        assertTrue(file.body().contains("<trkpt lat=\"52.516275\" lon=\"13.377704\">"), file.body());

        // the loop the other way round: the same summary, another route
        String reversed = gpx("""
                <trkpt lat="52.516275" lon="13.377704"><ele>35</ele></trkpt>
                <trkpt lat="52.521918" lon="13.413215"><ele>40</ele></trkpt>
                <trkpt lat="52.516275" lon="13.377704"><ele>34</ele></trkpt>""");
        assertEquals(428, alice.put(route(training), body(reversed)).status(), "replacing a route needs If-Match");
        Reply replaced = alice.put(route(training), body(reversed), "If-Match", routed.header("ETag"));
        assertEquals(200, replaced.status(), replaced::toString);
        assertTrue(!replaced.header("ETag").equals(routed.header("ETag")), "another route is another version");
        assertEquals(412, alice.put(route(training), body(LOOP), "If-Match", routed.header("ETag")).status(), "the old ETag is stale");
        assertTrue(alice.get(route(training)).json().getString("gpx").contains("<ele>35"), "the reversed loop is kept");
    }

    @Test
    void badFilesAreRefusedAndNothingChanges() {
        String training = planned();
        List<String[]> cases = List.of(
                new String[] {"400", "this is not a GPX file"},
                new String[] {"400", "<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\" lon=\"1\">"},
                new String[] {"400", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
                        + "<trkpt lat=\"1\" lon=\"1\"><ele>&x;</ele></trkpt><trkpt lat=\"1.1\" lon=\"1\"/></trkseg></trk></gpx>"},
                new String[] {"422", gpx("")},
                new String[] {"422", gpx("<trkpt lat=\"52.5\" lon=\"13.4\"/>")},
                new String[] {"422", gpx("<trkpt lat=\"0\" lon=\"0\"/><trkpt lat=\"0\" lon=\"30\"/>")},
                new String[] {"422", gpx("<trkpt lat=\"46\" lon=\"7\"><ele>0</ele></trkpt><trkpt lat=\"46.001\" lon=\"7\"><ele>20000</ele></trkpt>")});
        for (String[] bad : cases) {
            Reply reply = alice.put(route(training), body(bad[1]));
            assertEquals(Integer.parseInt(bad[0]), reply.status(), () -> bad[1] + ": " + reply);
            assertEquals("application/problem+json", reply.contentType(), reply::toString);
            assertTrue(!reply.body().contains("Exception"), () -> "no parser internals in " + reply);
        }
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 1_100_000) {
            huge.append("<trkpt lat=\"52.5\" lon=\"13.4\"/>");
        }
        assertEquals(413, alice.put(route(training), body(gpx(huge.toString()))).status(), "over the body limit");
        assertEquals(404, alice.get(route(training)).status(), "no route was stored");
        assertEquals(1, alice.get("/api/v1/training/trainings/" + training).json().getInt("version"), "the training is unchanged");
    }

    @Test
    void anotherAthletesTrainingHasNoRouteForYou() {
        String training = planned();
        assertEquals(200, alice.put(route(training), body(LOOP)).status());
        Api bob = Api.as("bob", Stack.gateway());
        assertEquals(404, bob.get(route(training)).status());
        assertEquals(404, bob.put(route(training), body(LOOP)).status());
        assertEquals(404, alice.put(route(UUID.randomUUID().toString()), body(LOOP)).status(), "a training nobody has");
    }

    @Test
    void aCompletedTrainingsRouteStaysAndADeletedOnesGoes() {
        String training = planned();
        assertEquals(200, alice.put(route(training), body(LOOP)).status());
        assertEquals(200, alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(5000, 1500)).status());
        String etag = alice.get("/api/v1/training/trainings/" + training).header("ETag");
        Reply refused = alice.put(route(training), body(gpx("<trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.1\" lon=\"1\"/>")), "If-Match", etag);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(3, alice.get(route(training)).json().getInt("points"), "the planned route stays");
        assertEquals(etag, alice.get("/api/v1/training/trainings/" + training).header("ETag"));

        assertEquals(204, alice.send("DELETE", "/api/v1/training/trainings/" + training, "").status());
        assertEquals(0, Database.count("SELECT count(*) FROM training.training_route WHERE training_id = ?::uuid", training),
                "a deleted training keeps no route");
    }

    private String planned() {
        String id = UUID.randomUUID().toString();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + id, Json.training("Route test")).status());
        return id;
    }

    private static String route(String training) {
        return "/api/v1/training/trainings/" + training + "/route";
    }

    private static String gpx(String points) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                + "<trk><trkseg>" + points + "</trkseg></trk></gpx>";
    }

    private static String body(String gpx) {
        return jakarta.json.Json.createObjectBuilder().add("gpx", gpx).build().toString();
    }
}
