package app.tempo.training.domain.model.schedule;

/** A recurrence that cannot be: no days, no end, an end before the start, a change of a date the series never has. */
public class InvalidRecurrence extends RuntimeException {

    public InvalidRecurrence(String message) {
        super(message);
    }
}
