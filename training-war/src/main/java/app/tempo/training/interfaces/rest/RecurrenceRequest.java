package app.tempo.training.interfaces.rest;

import app.tempo.platform.validation.OneOf;
import app.tempo.training.domain.model.schedule.OccurrenceChange;
import app.tempo.training.domain.model.schedule.Recurrence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A weekly series in a training's plan: the days, every how many weeks, and until a local date (inclusive) or for a
 * number of occurrences; occurrences cancelled or moved one by one, named by the local date they fall on.
 */
public record RecurrenceRequest(
        @NotNull @Size(min = 1, max = 7) @Schema(required = true, example = "[\"MONDAY\",\"WEDNESDAY\"]")
        List<@NotNull @OneOf(DayOfWeek.class) String> days,
        @Min(1) @Max(52) @Schema(description = "every how many weeks (default 1)") Integer interval,
        @Schema(description = "the last local date an occurrence may fall on (or count)") LocalDate until,
        @Min(1) @Max(Recurrence.MAX_COUNT) @Schema(description = "how many occurrences (or until)") Integer count,
        @Size(max = Recurrence.MAX_CHANGES) List<@NotNull @Valid Change> changes) {

    /** One occurrence cancelled, or moved to another start. */
    public record Change(
            @NotNull @Schema(required = true, description = "the local date the occurrence falls on in the series") LocalDate date,
            Boolean cancelled,
            @Schema(description = "its new start (instead of cancelled)") Instant movedTo) {
    }

    /** The series as the API shows it: in the form it is sent. */
    static RecurrenceRequest of(Recurrence recurrence) {
        return recurrence == null ? null : new RecurrenceRequest(recurrence.days().stream().sorted().map(DayOfWeek::name).toList(),
                recurrence.interval(), recurrence.until(), recurrence.count(), recurrence.changes().stream()
                .map(change -> new Change(change.date(), change.cancelled() ? Boolean.TRUE : null, change.movedTo())).toList());
    }

    Recurrence toRecurrence() {
        return new Recurrence(days.stream().map(DayOfWeek::valueOf).collect(Collectors.toSet()), interval == null ? 1 : interval,
                until, count, changes == null ? List.of() : changes.stream()
                .map(change -> new OccurrenceChange(change.date(), Boolean.TRUE.equals(change.cancelled()),
                        change.movedTo() == null ? null : change.movedTo().truncatedTo(ChronoUnit.MICROS)))
                .toList());
    }
}
