package app.tempo.account.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Where the pre-aggregated totals are kept. */
public interface StatisticsRepository {

    /** Adds to (or, with negative totals, takes from) one row of totals. */
    void add(String athlete, StatisticsWindows.Window window, Totals totals);

    /** Replaces all of the athlete's totals. */
    void replaceAll(String athlete, Map<StatisticsWindows.Window, Totals> totals);

    /** The athlete's totals of one kind of period from {@code from} to {@code to}, both included, latest first. */
    List<Row> totals(String athlete, Period period, LocalDate from, LocalDate to, String sport);

    /** One row of totals as read. */
    record Row(LocalDate periodStart, String sport, Totals totals) {
    }
}
