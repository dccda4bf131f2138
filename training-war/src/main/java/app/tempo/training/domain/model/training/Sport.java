package app.tempo.training.domain.model.training;

import java.util.Optional;

/**
 * The sports Tempo knows, each with its energy cost from the 2024 Adult Compendium of Physical Activities (Herrmann
 * et al., J Sport Health Sci 2024;13(1):6-12, doi:10.1016/j.jshs.2023.10.010): the code and MET value of the
 * activity a training of the sport is taken as, and the metric that ranks its results table. OTHER has no MET value,
 * so Tempo gives no calories for it rather than a guess.
 */
public enum Sport {
    RUN("12150", "Running", 8.0, RankedBy.SPEED),
    RIDE("01014", "Bicycling, general", 7.0, RankedBy.SPEED),
    SWIM("18240", "Swimming laps, freestyle, slow, recreational", 5.8, RankedBy.SPEED),
    WALK("17190", "Walking, 2.8 to 3.4 mph, level, moderate pace, firm surface", 3.8, RankedBy.SPEED),
    HIKE("17080", "Hiking, cross country", 6.0, RankedBy.DISTANCE),
    ROW("02070", "Rowing, stationary ergometer, general, vigorous effort", 7.3, RankedBy.SPEED),
    SKI("19090", "Skiing, cross country, 4.0-4.9 mph, moderate speed and effort", 8.5, RankedBy.SPEED),
    STRENGTH("02054", "Resistance (weight) training, multiple exercises, 8-15 reps at varied resistance", 3.5, RankedBy.MOVING_TIME),
    YOGA("02150", "Yoga, Hatha", 2.3, RankedBy.MOVING_TIME),
    OTHER(null, null, null, RankedBy.MOVING_TIME);

    /** What puts one result above another in a training of the sport; ties go to the longer distance, then time. */
    public enum RankedBy {
        /** Distance over moving time: the faster first (the same order as the lower pace). */
        SPEED,
        /** The longer distance first (a hike is not a race). */
        DISTANCE,
        /** The longer moving time first (no distance to compare). */
        MOVING_TIME
    }

    private final String compendiumCode;
    private final String compendiumActivity;
    private final Double met;
    private final RankedBy rankedBy;

    Sport(String compendiumCode, String compendiumActivity, Double met, RankedBy rankedBy) {
        this.compendiumCode = compendiumCode;
        this.compendiumActivity = compendiumActivity;
        this.met = met;
        this.rankedBy = rankedBy;
    }

    public Optional<Double> met() {
        return Optional.ofNullable(met);
    }

    public String compendiumCode() {
        return compendiumCode;
    }

    public String compendiumActivity() {
        return compendiumActivity;
    }

    public RankedBy rankedBy() {
        return rankedBy;
    }
}
