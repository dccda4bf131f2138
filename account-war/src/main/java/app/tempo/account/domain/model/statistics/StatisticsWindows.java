package app.tempo.account.domain.model.statistics;

import app.tempo.account.domain.model.completion.CompletedTraining;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which totals a completed training counts in: its week, month and year, in the athlete's time zone. */
public final class StatisticsWindows {

    private StatisticsWindows() {
    }

    /** One row of totals: an athlete's sport in one period. */
    public record Window(Period period, LocalDate start, String sport) {
    }

    public static List<Window> of(String sport, Instant completedAt, ZoneId zone) {
        LocalDate day = completedAt.atZone(zone).toLocalDate();
        return Arrays.stream(Period.values()).map(period -> new Window(period, period.startOf(day), sport)).toList();
    }

    /** The totals of many trainings, per window: how statistics are rebuilt when the athlete's time zone changes. */
    public static Map<Window, Totals> total(List<CompletedTraining> trainings, ZoneId zone) {
        Map<Window, Totals> totals = new LinkedHashMap<>();
        for (CompletedTraining training : trainings) {
            for (Window window : of(training.sport(), training.completedAt(), zone)) {
                totals.merge(window, Totals.of(training), Totals::plus);
            }
        }
        return totals;
    }
}
