package app.tempo.account.domain.model.profile;

/** How the app shows distances and weights; the API itself is always metric. */
public enum Units {
    METRIC, IMPERIAL
}
