package app.tempo.training.domain.model.training;

/** Who may see a training. Only the owner reads trainings so far; FRIENDS and PUBLIC open up with Interaction. */
public enum Visibility {
    PRIVATE, FRIENDS, PUBLIC
}
