package app.tempo.account.domain.model.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the planned-trainings list is kept. Every change carries the time of the event it comes from, and a row only
 * takes a change newer than the last one it took: redelivered or late events change nothing.
 */
public interface PlannedTrainings {

    /** The athlete's entry for the training: their role and what the event says of the training. */
    void put(PlannedTraining entry, Instant heardAt);

    /** What the training is now (title, sport, start, status) on every athlete's entry for it. */
    void describe(UUID trainingId, String sport, String title, Instant plannedStart, String status, Instant heardAt);

    /** The training was completed: no longer ahead on any list. */
    void complete(UUID trainingId, Instant heardAt);

    /** The training is gone (deleted by its owner): off every list. */
    void forget(UUID trainingId);

    /** The athlete's next trainings (not cancelled, not left, starting at or after {@code from}), soonest first. */
    List<PlannedTraining> upcoming(String athlete, Instant from, int limit);

    long countUpcoming(String athlete, Instant from);
}
