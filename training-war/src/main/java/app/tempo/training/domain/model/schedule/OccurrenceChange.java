package app.tempo.training.domain.model.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of a series, named by the local date it falls on, cancelled or moved to another start.
 */
public record OccurrenceChange(LocalDate date, boolean cancelled, Instant movedTo) {

    public OccurrenceChange {
        if (date == null || cancelled == (movedTo != null)) {
            throw new InvalidRecurrence("an occurrence change names its date and either cancels it or moves it");
        }
    }
}
