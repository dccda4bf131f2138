package app.tempo.account.domain.model.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The calendar periods statistics are totalled over. Weeks are ISO weeks: they start on Monday. */
public enum Period {
    WEEK(ChronoUnit.WEEKS),
    MONTH(ChronoUnit.MONTHS),
    YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    Period(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The first day of the period this day belongs to. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** How many periods lie from the one holding {@code from} to the one holding {@code to}, both counted. */
    public long count(LocalDate from, LocalDate to) {
        return unit.between(startOf(from), startOf(to)) + 1;
    }

    public LocalDate minus(LocalDate day, long periods) {
        return day.minus(periods, unit);
    }
}
