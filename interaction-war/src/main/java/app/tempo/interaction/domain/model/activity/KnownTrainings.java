package app.tempo.interaction.domain.model.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The trainings interaction heard of; each kept as its newest event describes it. */
public interface KnownTrainings {

    /** Keeps it unless a newer event about it was applied ({@code occurredAt}). */
    void learn(KnownTraining training, Instant occurredAt);

    /** It was called off: it stays listed, as cancelled. */
    void cancelled(UUID trainingId, Instant occurredAt);

    /** It was deleted: it leaves every list. */
    void forget(UUID trainingId, Instant occurredAt);

    Optional<KnownTraining> find(UUID trainingId);

    /** Whether the athlete is on the training's roster now (from the roster events). */
    void rosterChanged(UUID trainingId, String subject, boolean onRoster);

    /** Who is on its roster (invited, joined or waiting), by the roster events applied so far. */
    List<String> rosterOf(UUID trainingId);

    /**
     * The group's trainings not deleted, by planned start (those without one last), after the cursor: the last one's
     * start (null: it had none) and id; {@code afterId} null for the first page.
     */
    List<KnownTraining> ofGroup(UUID groupId, Instant afterStart, UUID afterId, int limit);
}
