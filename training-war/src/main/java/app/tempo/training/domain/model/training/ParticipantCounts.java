package app.tempo.training.domain.model.training;

/** How many users are on a training's roster, by status. */
public record ParticipantCounts(int invited, int joined, int waiting) {
}
