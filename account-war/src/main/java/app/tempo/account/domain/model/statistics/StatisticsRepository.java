package app.tempo.account.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where completed trainings and their pre-aggregated totals are kept. */
public interface StatisticsRepository {

    /**
     * The athlete's record of this training, locked: concurrent reports of the same training queue up. Also locks
     * the place of a record not made yet.
     */
    Optional<CompletedTraining> lockCompletion(String athlete, UUID trainingId);

    void saveCompletion(CompletedTraining training);

    /** The athlete's completed trainings, latest first. */
    List<CompletedTraining> recentCompletions(String athlete, int limit);

    long countCompletions(String athlete);

    List<CompletedTraining> allCompletions(String athlete);

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
