package app.tempo.account.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.account.domain.model.completion.CompletedTraining;
import app.tempo.account.domain.model.statistics.StatisticsWindows.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatisticsWindowsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aTrainingCountsInItsWeekMonthAndYearOfTheAthletesCalendar() {
        // Sunday 2026-03-01 23:30 in Berlin is Sunday 22:30 UTC, and Sunday 14:30 in Los Angeles
        Instant sundayNight = Instant.parse("2026-03-01T22:30:00Z");
        assertEquals(List.of(new Window(Period.WEEK, LocalDate.parse("2026-02-23"), "RUN"),
                        new Window(Period.MONTH, LocalDate.parse("2026-03-01"), "RUN"),
                        new Window(Period.YEAR, LocalDate.parse("2026-01-01"), "RUN")),
                StatisticsWindows.of("RUN", sundayNight, BERLIN));
        // 00:30 on Monday in Berlin is a new week there, still Sunday in Los Angeles
        Instant mondayInBerlin = Instant.parse("2026-03-01T23:30:00Z");
        assertEquals(LocalDate.parse("2026-03-02"), StatisticsWindows.of("RUN", mondayInBerlin, BERLIN).get(0).start());
        assertEquals(LocalDate.parse("2026-02-23"), StatisticsWindows.of("RUN", mondayInBerlin, LOS_ANGELES).get(0).start());
    }

    @Test
    void newYearsEveInOneZoneIsNewYearInAnother() {
        Instant instant = Instant.parse("2026-12-31T23:30:00Z");
        assertEquals(LocalDate.parse("2027-01-01"), StatisticsWindows.of("RIDE", instant, BERLIN).get(2).start());
        assertEquals(LocalDate.parse("2026-01-01"), StatisticsWindows.of("RIDE", instant, LOS_ANGELES).get(2).start());
        assertEquals(LocalDate.parse("2026-12-28"), StatisticsWindows.of("RIDE", instant, BERLIN).get(0).start(),
                "ISO week 53 of 2026 starts on Monday 28 December and runs into 2027");
    }

    @Test
    void theDaylightSavingNightBelongsToItsLocalDay() {
        // 2026-03-29 01:30 UTC is 03:30 CEST, right after the clocks went forward in Berlin
        assertEquals(LocalDate.parse("2026-03-23"), StatisticsWindows.of("RUN", Instant.parse("2026-03-29T01:30:00Z"), BERLIN).get(0).start());
        // 2026-10-25 00:30 UTC is 02:30 CEST, before the clocks go back: still Sunday the 25th
        assertEquals(LocalDate.parse("2026-10-19"), StatisticsWindows.of("RUN", Instant.parse("2026-10-25T00:30:00Z"), BERLIN).get(0).start());
    }

    @Test
    void totalsAddUpPerWindowWhateverTheOrderOfTheTrainings() {
        CompletedTraining monday = training("RUN", "2026-03-02T07:00:00Z", 10_000, 3_000);
        CompletedTraining tuesday = training("RUN", "2026-03-03T07:00:00Z", 5_000, 1_500);
        CompletedTraining ride = training("RIDE", "2026-03-03T17:00:00Z", 40_000, 5_400);
        Map<Window, Totals> forwards = StatisticsWindows.total(List.of(monday, tuesday, ride), BERLIN);
        Map<Window, Totals> backwards = StatisticsWindows.total(List.of(ride, tuesday, monday), BERLIN);
        assertEquals(forwards, backwards);
        assertEquals(new Totals(2, 15_000, 4_500, 0, 0), forwards.get(new Window(Period.WEEK, LocalDate.parse("2026-03-02"), "RUN")));
        assertEquals(new Totals(1, 40_000, 5_400, 0, 0), forwards.get(new Window(Period.YEAR, LocalDate.parse("2026-01-01"), "RIDE")));
        assertEquals(6, forwards.size(), "two sports, three periods each");
    }

    @Test
    void totalsTakenBackLeaveNothing() {
        Totals one = Totals.of(training("RUN", "2026-03-02T07:00:00Z", 10_000, 3_000));
        assertEquals(new Totals(0, 0, 0, 0, 0), one.plus(one.negated()));
    }

    @Test
    void onlyALaterReportWithAnotherResultReplacesTheOneKept() {
        CompletedTraining kept = training("RUN", "2026-03-02T07:00:00Z", 10_000, 3_000);
        CompletedTraining sameLater = copy(kept, kept.distanceMeters(), kept.reportedAt().plusSeconds(5));
        CompletedTraining correctedLater = copy(kept, 10_400, kept.reportedAt().plusSeconds(5));
        CompletedTraining correctedEarlier = copy(kept, 10_400, kept.reportedAt().minusSeconds(5));
        assertFalse(kept.replaces(kept), "a redelivery");
        assertFalse(sameLater.replaces(kept), "the same result published again, e.g. as another event version");
        assertTrue(correctedLater.replaces(kept), "a newer result");
        assertFalse(correctedEarlier.replaces(kept), "an older result arriving late");
    }

    @Test
    void periodsCountAndStart() {
        assertEquals(LocalDate.parse("2026-11-16"), Period.WEEK.startOf(LocalDate.parse("2026-11-21")));
        assertEquals(12, Period.WEEK.count(Period.WEEK.minus(LocalDate.parse("2026-11-21"), 11), LocalDate.parse("2026-11-21")));
        assertEquals(1, Period.MONTH.count(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")));
        assertEquals(10, Period.YEAR.count(LocalDate.parse("2017-06-01"), LocalDate.parse("2026-01-01")));
    }

    private static CompletedTraining training(String sport, String completedAt, double meters, long seconds) {
        Instant at = Instant.parse(completedAt);
        return new CompletedTraining("alice", UUID.randomUUID(), sport, "t", at, meters, seconds, seconds, 0, 0, at.plusSeconds(1),
                List.of(), List.of());
    }

    private static CompletedTraining copy(CompletedTraining training, double meters, Instant reportedAt) {
        return new CompletedTraining(training.athlete(), training.trainingId(), training.sport(), training.title(),
                training.completedAt(), meters, training.durationSeconds(), training.movingSeconds(),
                training.elevationGainMeters(), training.calories(), reportedAt, training.gearIds(), training.sensorIds());
    }
}
