package app.tempo.interaction.domain.model.social;

/** The port through which the interaction domain announces relationships to the other domains. */
public interface SocialEvents {

    /** The pair's whole relationship as it now stands (friends or not, who blocks whom), with its version. */
    void relationshipChanged(Relationship relationship);
}
