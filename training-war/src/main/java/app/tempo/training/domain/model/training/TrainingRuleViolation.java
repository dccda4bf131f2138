package app.tempo.training.domain.model.training;

/** A request the training's current state does not allow, e.g. re-planning a completed training. */
public class TrainingRuleViolation extends RuntimeException {

    public TrainingRuleViolation(String message) {
        super(message);
    }
}
