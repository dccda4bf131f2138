package app.tempo.training.domain.model.schedule;

import java.time.Instant;
import java.time.LocalDate;

/** One occurrence: the local date that names it, when it starts now and when it was to start, and its status. */
public record Occurrence(LocalDate date, Instant start, Instant scheduledStart, Status status) {

    public enum Status {
        SCHEDULED, MOVED, CANCELLED
    }
}
