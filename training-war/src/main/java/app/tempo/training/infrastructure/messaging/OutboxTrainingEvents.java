package app.tempo.training.infrastructure.messaging;

import app.tempo.platform.outbox.NewEvent;
import app.tempo.platform.outbox.Outbox;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes training events to the outbox as {@code contracts/events/training/TrainingCompleted.v1}. */
@ApplicationScoped
public class OutboxTrainingEvents implements TrainingEvents {

    static final String SOURCE = "tempo/training";

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "tempo.events.training.topic", defaultValue = "jms/training/events")
    String topic;

    @Override
    public void completed(Training training) {
        outbox.append(new NewEvent(topic, SOURCE, "TrainingCompleted", 1, training.owner(), training.id().toString(),
                trainingCompletedV1(training)));
    }

    static JsonObject trainingCompletedV1(Training training) {
        Completion completion = training.completion();
        JsonArrayBuilder gear = Json.createArrayBuilder();
        completion.gearIds().forEach(id -> gear.add(id.toString()));
        JsonArrayBuilder sensors = Json.createArrayBuilder();
        completion.sensorIds().forEach(id -> sensors.add(id.toString()));
        return Json.createObjectBuilder()
                .add("trainingId", training.id().toString())
                .add("athlete", training.owner())
                .add("sport", training.plan().sport().name())
                .add("title", training.plan().title())
                .add("completedAt", completion.completedAt().toString())
                .add("distanceMeters", completion.distanceMeters())
                .add("durationSeconds", completion.durationSeconds())
                .add("gearIds", gear)
                .add("sensorIds", sensors)
                .build();
    }
}
