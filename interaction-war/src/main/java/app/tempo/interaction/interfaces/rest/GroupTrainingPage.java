package app.tempo.interaction.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A group's trainings by planned start; {@code next} is the following page's cursor, null at the end. */
public record GroupTrainingPage(List<Item> items, String next) {

    /** A training of the group, as its plan events describe it (details: training-war's {@code /trainings/{id}}). */
    public record Item(UUID trainingId, String owner, String sport, String title, Instant plannedStart, String status) {
    }
}
