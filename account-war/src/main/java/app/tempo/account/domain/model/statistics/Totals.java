package app.tempo.account.domain.model.statistics;

import app.tempo.account.domain.model.completion.CompletedTraining;

/** What a set of completed trainings adds up to. */
public record Totals(long trainings, double distanceMeters, long movingSeconds, double elevationGainMeters, double calories) {

    public static Totals of(CompletedTraining training) {
        return new Totals(1, training.distanceMeters(), training.movingSeconds(), training.elevationGainMeters(),
                training.calories());
    }

    public Totals plus(Totals other) {
        return new Totals(trainings + other.trainings, distanceMeters + other.distanceMeters,
                movingSeconds + other.movingSeconds, elevationGainMeters + other.elevationGainMeters, calories + other.calories);
    }

    /** What takes these totals back out. */
    public Totals negated() {
        return new Totals(-trainings, -distanceMeters, -movingSeconds, -elevationGainMeters, -calories);
    }
}
