package app.tempo.training.interfaces.rest;

import app.tempo.training.application.SensorService;
import java.util.List;
import java.util.UUID;

/** The sensors attached to a training, by participant; a sensor removed in account since stays, marked removed. */
public record SensorsResponse(UUID trainingId, List<Entry> sensors) {

    public record Entry(String subject, UUID sensorId, String kind, String name, boolean removed) {
    }

    static SensorsResponse of(SensorService.Attached attached) {
        return new SensorsResponse(attached.training().id(), attached.attachments().stream()
                .map(each -> new Entry(each.subject(), each.sensorId(), each.sensor().kind(), each.sensor().name(), each.sensor().removed()))
                .toList());
    }
}
