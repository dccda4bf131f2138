package app.tempo.account.infrastructure.messaging;

import app.tempo.account.domain.model.AccountEvents;
import app.tempo.account.domain.model.hint.WearHint;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileDetails;
import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.platform.outbox.NewEvent;
import app.tempo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes account events to the outbox, shaped as {@code contracts/events/account}. They go to one address; the
 * broker diverts GearWearLimitReached to the Store's integration address as well (broker.xml).
 */
@ApplicationScoped
public class OutboxAccountEvents implements AccountEvents {

    static final String SOURCE = "tempo/account";

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "tempo.events.account.topic", defaultValue = "jms/account/events")
    String topic;

    @Override
    public void profileChanged(Profile profile) {
        publish("ProfileChanged", profile.subject(), profile.subject(), profileChangedV1(profile));
    }

    static JsonObject profileChangedV1(Profile profile) {
        ProfileDetails details = profile.details();
        JsonArrayBuilder sports = Json.createArrayBuilder();
        details.sports().stream().sorted().forEach(sport -> sports.add(sport.name()));
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("athlete", profile.subject())
                .add("nickname", details.nickname())
                .add("sports", sports)
                .add("visibility", details.visibility().name())
                .add("version", profile.version());
        if (details.avatarUrl() != null) {
            data.add("avatarUrl", details.avatarUrl());
        }
        return data.build();
    }

    @Override
    public void wearLimitReached(WearHint hint) {
        publish("GearWearLimitReached", hint.athlete(), hint.gearId().toString(), gearWearLimitReachedV1(hint));
    }

    static JsonObject gearWearLimitReachedV1(WearHint hint) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("athlete", hint.athlete())
                .add("gearId", hint.gearId().toString())
                .add("gearType", hint.gearType())
                .add("brand", hint.brand())
                .add("model", hint.model())
                .add("distanceMeters", hint.distanceMeters())
                .add("durationSeconds", hint.durationSeconds())
                .add("threshold", hint.threshold())
                .add("storeUrl", hint.storeUrl())
                .add("wording", Json.createObjectBuilder().add("variant", hint.variant()).add("title", hint.title())
                        .add("text", hint.text()));
        if (hint.componentKind() != null) {
            data.add("componentKind", hint.componentKind());
        }
        if (hint.wearLimitMeters() != null) {
            data.add("wearLimitMeters", hint.wearLimitMeters());
        }
        if (hint.wearLimitSeconds() != null) {
            data.add("wearLimitSeconds", hint.wearLimitSeconds());
        }
        return data.build();
    }

    @Override
    public void sensorRegistered(Sensor sensor) {
        publish("SensorRegistered", sensor.owner(), sensor.id().toString(), sensorRegisteredV1(sensor));
    }

    @Override
    public void sensorRemoved(Sensor sensor) {
        publish("SensorRemoved", sensor.owner(), sensor.id().toString(), sensorRemovedV1(sensor));
    }

    static JsonObject sensorRemovedV1(Sensor sensor) {
        return Json.createObjectBuilder()
                .add("athlete", sensor.owner()).add("sensorId", sensor.id().toString()).add("version", sensor.version()).build();
    }

    static JsonObject sensorRegisteredV1(Sensor sensor) {
        var details = sensor.details();
        return Json.createObjectBuilder()
                .add("athlete", sensor.owner())
                .add("sensorId", sensor.id().toString())
                .add("kind", details.kind().name())
                .add("bleService", details.kind().bleService())
                .add("deviceId", details.deviceId())
                .add("name", details.name())
                .add("version", sensor.version())
                .build();
    }

    private void publish(String type, String subject, String aggregateId, JsonObject data) {
        outbox.append(new NewEvent(topic, SOURCE, type, 1, subject, aggregateId, data));
    }
}
