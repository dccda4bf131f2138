package app.tempo.training.domain.model.training;

/** A plan whose fields do not fit together (answered as a 400 on the field). */
public class InvalidPlan extends RuntimeException {

    private final String field;

    public InvalidPlan(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
