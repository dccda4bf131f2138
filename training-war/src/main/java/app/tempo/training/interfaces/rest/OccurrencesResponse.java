package app.tempo.training.interfaces.rest;

import app.tempo.training.domain.model.schedule.Occurrence;
import app.tempo.training.domain.model.training.Training;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A training's occurrences in a window, in the time zone it is planned in. */
public record OccurrencesResponse(UUID trainingId, String timeZone, Integer plannedDurationMinutes, List<Occurrence> occurrences) {

    /** The end of the default window: later than any series may run. */
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    static OccurrencesResponse of(Training training, List<Occurrence> occurrences) {
        return new OccurrencesResponse(training.id(), training.plan().timeZone().getId(), training.plan().plannedDurationMinutes(),
                occurrences);
    }
}
