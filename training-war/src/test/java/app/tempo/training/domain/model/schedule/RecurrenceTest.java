package app.tempo.training.domain.model.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Sunday 18 October 2026, 08:00 in Berlin (summer time, UTC+2). */
    private static final Instant SUNDAY_8_AM = Instant.parse("2026-10-18T06:00:00Z");

    @Test
    void theWallClockTimeStaysAcrossTheEndOfSummerTime() {
        Recurrence sundays = new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, null, 3, List.of());
        List<Instant> starts = starts(sundays.occurrences(SUNDAY_8_AM, BERLIN, Instant.EPOCH, Instant.MAX));
        // Berlin leaves summer time on 25 October 2026: 08:00 is 06:00 UTC before, 07:00 UTC after
        assertEquals(List.of(Instant.parse("2026-10-18T06:00:00Z"), Instant.parse("2026-10-25T07:00:00Z"),
                Instant.parse("2026-11-01T07:00:00Z")), starts);
    }

    @Test
    void andAcrossTheStartOfSummerTimeElsewhere() {
        // New York enters summer time on Sunday 14 March 2027; Tuesdays and Thursdays at 18:30 local
        Instant first = Instant.parse("2027-03-09T23:30:00Z");
        Recurrence evenings = new Recurrence(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 1, LocalDate.parse("2027-03-18"), null, List.of());
        assertEquals(List.of(Instant.parse("2027-03-09T23:30:00Z"), Instant.parse("2027-03-11T23:30:00Z"),
                Instant.parse("2027-03-16T22:30:00Z"), Instant.parse("2027-03-18T22:30:00Z")),
                starts(evenings.occurrences(first, NEW_YORK, Instant.EPOCH, Instant.MAX)), "until is inclusive");
    }

    @Test
    void everyOtherWeekOnSeveralDays() {
        Instant monday = Instant.parse("2026-11-30T17:00:00Z");
        Recurrence fortnightly = new Recurrence(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 2, null, 4, List.of());
        assertEquals(List.of(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-14"),
                LocalDate.parse("2026-12-18")), fortnightly.occurrences(monday, BERLIN, Instant.EPOCH, Instant.MAX).stream()
                .map(Occurrence::date).toList());
    }

    @Test
    void occurrencesAreCancelledOrMovedOneByOneAndListedByTheirNewStart() {
        Instant moved = Instant.parse("2026-10-24T06:00:00Z");
        Recurrence sundays = new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, null, 3, List.of(
                new OccurrenceChange(LocalDate.parse("2026-10-25"), false, moved),
                new OccurrenceChange(LocalDate.parse("2026-11-01"), true, null)));
        sundays.checkAgainst(SUNDAY_8_AM, BERLIN);
        List<Occurrence> occurrences = sundays.occurrences(SUNDAY_8_AM, BERLIN, Instant.EPOCH, Instant.MAX);
        assertEquals(List.of(Occurrence.Status.SCHEDULED, Occurrence.Status.MOVED, Occurrence.Status.CANCELLED),
                occurrences.stream().map(Occurrence::status).toList());
        assertEquals(moved, occurrences.get(1).start());
        assertEquals(Instant.parse("2026-10-25T07:00:00Z"), occurrences.get(1).scheduledStart());
        assertEquals(List.of(LocalDate.parse("2026-10-25")), sundays.occurrences(SUNDAY_8_AM, BERLIN,
                Instant.parse("2026-10-20T00:00:00Z"), Instant.parse("2026-10-31T00:00:00Z")).stream().map(Occurrence::date).toList(),
                "a window finds an occurrence by where it now starts");
    }

    @Test
    void aSeriesThatCannotBeIsRefused() {
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(), 1, null, 3, List.of()), "no day");
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, null, null, List.of()), "no end");
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, LocalDate.parse("2027-01-01"), 3, List.of()),
                "two ends");
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, null, 521, List.of()));
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.SUNDAY), 0, null, 3, List.of()));
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.MONDAY), 1, null, 3, List.of())
                .checkAgainst(SUNDAY_8_AM, BERLIN), "the first occurrence is on one of its days");
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, LocalDate.parse("2026-10-01"), null, List.of())
                .checkAgainst(SUNDAY_8_AM, BERLIN), "it ends before it starts");
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, null, 3,
                List.of(new OccurrenceChange(LocalDate.parse("2026-10-19"), true, null))).checkAgainst(SUNDAY_8_AM, BERLIN),
                "a Monday is no date of a Sunday series");
        assertThrows(InvalidRecurrence.class, () -> new Recurrence(Set.of(DayOfWeek.SUNDAY), 1, null, 3,
                List.of(new OccurrenceChange(LocalDate.parse("2026-11-08"), true, null))).checkAgainst(SUNDAY_8_AM, BERLIN),
                "the fourth Sunday is past its count");
        assertThrows(InvalidRecurrence.class, () -> new OccurrenceChange(LocalDate.parse("2026-10-25"), true, Instant.EPOCH));
    }

    private static List<Instant> starts(List<Occurrence> occurrences) {
        return occurrences.stream().map(Occurrence::start).toList();
    }
}
