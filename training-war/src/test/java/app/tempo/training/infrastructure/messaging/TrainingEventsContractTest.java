package app.tempo.training.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.training.domain.model.recording.ActivitySummary;
import app.tempo.training.domain.model.recording.Result;
import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.domain.model.schedule.OccurrenceChange;
import app.tempo.training.domain.model.schedule.Recurrence;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.ParticipantStatus;
import app.tempo.training.domain.model.training.RosterChange;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingPlan;
import app.tempo.training.domain.model.training.Visibility;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What training-war publishes has exactly the fields, with the JSON types, of each contract's example (optional
 * fields included, as the examples show them all); the examples' data satisfy their schemas' required fields.
 */
class TrainingEventsContractTest {

    private static final Path CONTRACTS = Path.of("../contracts/events/training");

    private static Training planned() {
        return Training.plan(UUID.randomUUID(), "owner-subject", new TrainingPlan(Sport.RUN, "Saturday long run", "Easy pace",
                Instant.parse("2026-11-28T08:00:00Z"), ZoneId.of("Europe/Berlin"), 120, Visibility.GROUP, UUID.randomUUID(), 12,
                new Recurrence(Set.of(DayOfWeek.SATURDAY), 1, null, 8, List.of(new OccurrenceChange(LocalDate.parse("2026-12-05"), true, null),
                        new OccurrenceChange(LocalDate.parse("2026-12-12"), false, Instant.parse("2026-12-13T08:00:00Z"))))));
    }

    @Test
    void scheduledAndUpdated() throws IOException {
        JsonObject published = OutboxTrainingEvents.trainingV1(planned());
        assertEquals(shape(example("TrainingScheduled")), shape(published));
        assertEquals(shape(example("TrainingUpdated")), shape(published));
        assertEquals("Europe/Berlin", published.getString("timeZone"));
        assertEquals(shape(example("TrainingScheduled").getJsonObject("recurrence")), shape(published.getJsonObject("recurrence")));
        assertEquals(List.of("SATURDAY"), published.getJsonObject("recurrence").getJsonArray("days").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(2, published.getJsonObject("recurrence").getJsonArray("changes").size());
    }

    @Test
    void optionalPlanFieldsAreLeftOutRatherThanNull() {
        Training bare = Training.plan(UUID.randomUUID(), "owner-subject",
                new TrainingPlan(Sport.YOGA, "Stretch", null, null, null, null, null, null, null, null));
        JsonObject published = OutboxTrainingEvents.trainingV1(bare);
        Stream.of("description", "plannedStart", "plannedDurationMinutes", "capacity", "groupId", "recurrence")
                .forEach(field -> assertFalse(published.containsKey(field), field));
        assertEquals("UTC", published.getString("timeZone"));
    }

    @Test
    void cancelled() throws IOException {
        JsonObject published = OutboxTrainingEvents.trainingCancelledV1(planned(), List.of("zed", "bob"), false);
        assertEquals(shape(example("TrainingCancelled")), shape(published));
        assertEquals(List.of("bob", "zed"), published.getJsonArray("participants").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void rosterChanges() throws IOException {
        Training training = planned();
        assertEquals(shape(example("ParticipantInvited")), shape(OutboxTrainingEvents.participantV1(training,
                new RosterChange(RosterChange.Kind.INVITED, "bob", ParticipantStatus.INVITED, false))));
        JsonObject joined = OutboxTrainingEvents.participantV1(training,
                new RosterChange(RosterChange.Kind.JOINED, "bob", ParticipantStatus.WAITING, false));
        assertEquals(shape(example("ParticipantJoined")), shape(joined));
        assertEquals("WAITING", joined.getString("status"));
        assertEquals(shape(example("ParticipantLeft")), shape(OutboxTrainingEvents.participantV1(training,
                new RosterChange(RosterChange.Kind.LEFT, "bob", null, false))));
        assertEquals(shape(example("ParticipantRemoved")), shape(OutboxTrainingEvents.participantV1(training,
                new RosterChange(RosterChange.Kind.REMOVED, "bob", null, false))));
    }

    @Test
    void completed() throws IOException {
        Training training = Training.plan(UUID.randomUUID(), "athlete-subject",
                new TrainingPlan(Sport.RUN, "Tempo run", null, null, null, 50, null, null, null, null));
        training.complete(new Completion(Instant.parse("2026-11-22T07:52:00Z"), 10250, 3050, List.of(UUID.randomUUID()), List.of(UUID.randomUUID())));
        JsonObject published = OutboxTrainingEvents.trainingCompletedV1(training);
        assertEquals(shape(example("TrainingCompleted")), shape(published));
        assertEquals("athlete-subject", published.getString("athlete"));
        assertEquals(10250.0, published.getJsonNumber("distanceMeters").doubleValue());
    }

    @Test
    void aParticipantsCompletionCarriesTheOptionalResultFieldsTheSchemaDeclares() throws IOException {
        Training training = planned();
        Result result = new Result(training.id(), "participant-subject");
        result.summarise(ActivitySummary.of(List.of(
                new Sample(Instant.parse("2026-11-28T08:00:00Z"), 140, null, null, 3.0, null, null, 100.0),
                new Sample(Instant.parse("2026-11-28T08:00:10Z"), 150, null, null, 3.0, null, null, 104.0))), 1.5, true);
        JsonObject published = OutboxTrainingEvents.trainingCompletedV1(training, result);
        Set<String> declared = read(CONTRACTS.resolve("TrainingCompleted.v1.schema.json")).getJsonObject("properties").keySet();
        assertTrue(declared.containsAll(published.keySet()), () -> "undeclared: " + published.keySet());
        assertTrue(published.keySet().containsAll(example("TrainingCompleted").keySet()));
        assertEquals("participant-subject", published.getString("athlete"));
        assertEquals(10, published.getJsonNumber("movingSeconds").longValue());
        assertEquals(4.0, published.getJsonNumber("elevationGainMeters").doubleValue());
        assertEquals(1.5, published.getJsonNumber("calories").doubleValue());
    }

    @Test
    void everyExampleHasItsSchemasRequiredFieldsAndNoOthers() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            List<Path> schemas = files.filter(path -> path.toString().endsWith(".schema.json")).toList();
            assertEquals(8, schemas.size(), "one schema per training event");
            for (Path schemaFile : schemas) {
                JsonObject schema = read(schemaFile);
                JsonObject data = read(Path.of(schemaFile.toString().replace(".schema.json", ".example.json"))).getJsonObject("data");
                Set<String> declared = schema.getJsonObject("properties").keySet();
                schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).forEach(required ->
                        assertTrue(data.containsKey(required.getString()), () -> schemaFile + ": the example lacks " + required.getString()));
                data.keySet().forEach(field -> assertTrue(declared.contains(field), () -> schemaFile + " does not declare " + field));
            }
        }
    }

    private static JsonObject example(String type) throws IOException {
        return read(CONTRACTS.resolve(type + ".v1.example.json")).getJsonObject("data");
    }

    private static JsonObject read(Path file) throws IOException {
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    private static Map<String, JsonValue.ValueType> shape(JsonObject object) {
        Map<String, JsonValue.ValueType> shape = new TreeMap<>();
        object.forEach((name, value) -> shape.put(name, value.getValueType()));
        return shape;
    }
}
