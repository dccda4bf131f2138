package app.tempo.training.domain.model.recording;

import app.tempo.training.domain.model.training.Sport;
import java.util.Optional;

/**
 * Energy spent, from the Compendium: MET × body weight (kg) × moving hours, in kcal. The weight is the athlete's,
 * given with the request or in their token, used for this and never stored.
 */
public final class Calories {

    static final double LIGHTEST_KG = 20;
    static final double HEAVIEST_KG = 400;

    private Calories() {
    }

    /** None for a sport without a MET value (OTHER). */
    public static Optional<Double> of(Sport sport, double weightKg, long movingSeconds) {
        if (!(weightKg >= LIGHTEST_KG && weightKg <= HEAVIEST_KG)) {
            throw new IllegalArgumentException("a body weight is between " + LIGHTEST_KG + " and " + HEAVIEST_KG + " kg: " + weightKg);
        }
        return sport.met().map(met -> met * weightKg * movingSeconds / 3600.0);
    }

    /**
     * The calories of a result whose moving time changed, without the weight: the formula is linear in time, so the
     * earlier figure scales with it (none stays none).
     */
    public static Double rescaled(Double earlier, long earlierMovingSeconds, long movingSeconds) {
        if (earlier == null || earlierMovingSeconds <= 0) {
            return null;
        }
        return earlier * movingSeconds / earlierMovingSeconds;
    }
}
