package app.tempo.account.domain.model.profile;

/** Who may find and see the profile; enforced by interaction's search and by the other domains. */
public enum Visibility {
    PUBLIC, FRIENDS, PRIVATE
}
