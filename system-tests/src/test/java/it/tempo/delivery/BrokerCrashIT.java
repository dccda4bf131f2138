package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokerCrashIT {

    private Completions completions;

    @Test
    void completionsAcceptedWhileTheBrokerIsKilledReachBothConsumersExactlyOnce() throws InterruptedException {
        completions = new Completions(1000);
        List<Future<?>> calls = completions.startCompleting();
        Eventually.await(Duration.ofSeconds(120), () -> completions.accepted.get() >= 300, () -> "300 completions accepted");

        Stack.tempo("kill", "broker");
        int acceptedAtCrash = completions.accepted.get();
        Eventually.await(Duration.ofSeconds(15), () -> !brokerReachable(),
                () -> "training-war reports the broker unreachable");
        assertEquals(200, Api.anonymous(Stack.training()).get("/health/ready").status(),
                "still ready: writes go to the outbox while the broker is away");
        Thread.sleep(5000); // the fault: the broker stays down for 5 s while completions keep coming
        Stack.tempo("start", "broker");

        completions.await(calls);
        assertEquals(1000, completions.accepted.get(), "every completion was accepted, with or without a broker");
        System.out.printf("broker killed after %d accepted completions%n", acceptedAtCrash);
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(180));
        ExactlyOnce.assertDeduplicationExercised(completions);
        Eventually.await(Duration.ofSeconds(30), BrokerCrashIT::brokerReachable, () -> "training-war reaches the broker again");
    }

    private static boolean brokerReachable() {
        JsonObject broker = Api.anonymous(Stack.training()).get("/health/ready").json().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(check -> check.getString("name").equals("broker"))
                .findFirst().orElseThrow();
        assertEquals("UP", broker.getString("status"), "the broker never makes the server unready");
        return broker.getJsonObject("data").getBoolean("reachable");
    }

    @AfterEach
    void close() {
        if (completions != null) {
            completions.close();
        }
    }
}
