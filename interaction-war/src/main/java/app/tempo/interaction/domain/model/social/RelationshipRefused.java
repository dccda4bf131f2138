package app.tempo.interaction.domain.model.social;

/** An act the relationship does not allow (a request to oneself, or across a block). */
public class RelationshipRefused extends RuntimeException {

    public RelationshipRefused(String message) {
        super(message);
    }
}
