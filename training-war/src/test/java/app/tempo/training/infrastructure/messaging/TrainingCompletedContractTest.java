package app.tempo.training.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingPlan;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What training-war publishes has exactly the fields, with the JSON types, of the contract's example. */
class TrainingCompletedContractTest {

    @Test
    void theEventDataMatchesTheContractExample() throws Exception {
        JsonObject example = Json.createReader(new StringReader(Files.readString(
                Path.of("../contracts/events/training/TrainingCompleted.v1.example.json")))).readObject().getJsonObject("data");
        Training training = Training.plan(UUID.randomUUID(), "athlete-subject",
                new TrainingPlan(Sport.RUN, "Tempo run", null, 50, null));
        training.complete(new Completion(Instant.parse("2026-11-22T07:52:00Z"), 10250, 3050, List.of(UUID.randomUUID()), List.of(UUID.randomUUID())));

        JsonObject published = OutboxTrainingEvents.trainingCompletedV1(training);

        assertEquals(shape(example), shape(published));
        assertEquals("athlete-subject", published.getString("athlete"));
        assertEquals(10250.0, published.getJsonNumber("distanceMeters").doubleValue());
    }

    private static Map<String, JsonValue.ValueType> shape(JsonObject object) {
        Map<String, JsonValue.ValueType> shape = new TreeMap<>();
        object.forEach((name, value) -> shape.put(name, value.getValueType()));
        return shape;
    }
}
