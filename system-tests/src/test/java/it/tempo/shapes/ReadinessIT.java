package it.tempo.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness follows the dependencies: DOWN while the database is away (the broker case is in BrokerCrashIT). */
class ReadinessIT {

    private static final List<URI> SERVERS = List.of(Stack.account(), Stack.training(), Stack.interaction());

    @Test
    void everyServerIsNotReadyWhileTheDatabaseIsDownAndReadyWhenItIsBack() {
        SERVERS.forEach(server -> assertEquals(200, ready(server).status(), "ready before"));

        Stack.tempo("stop", "db");
        for (URI server : SERVERS) {
            Eventually.await(Duration.ofSeconds(20), () -> ready(server).status() == 503, () -> server + " not ready");
            JsonObject database = ready(server).json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
            assertEquals("DOWN", database.getString("status"), "the database check says why");
        }
        assertEquals(200, Api.anonymous(Stack.training()).get("/health/live").status(), "alive all the same: no restart needed");

        Stack.tempo("start", "db");
        SERVERS.forEach(server -> Eventually.await(Duration.ofSeconds(30), () -> ready(server).status() == 200,
                () -> server + " ready again"));
    }

    @AfterEach
    void databaseBack() {
        Stack.tempo("start", "db");
    }

    private static Reply ready(URI server) {
        return Api.anonymous(server).get("/health/ready");
    }
}
