package app.tempo.account.domain.model.profile;

/**
 * The sports an athlete can name in the profile and pick default gear for: training's catalogue at the time of
 * writing (contracts/events/training). Completions of a sport outside this list still count in the statistics.
 */
public enum Sport {
    RUN, RIDE, SWIM, WALK, HIKE, ROW, SKI, STRENGTH, YOGA, OTHER
}
