package app.tempo.training.domain.model.recording;

import app.tempo.training.domain.model.training.Sport;
import java.util.Comparator;
import java.util.List;

/** Ranks a training's results by its sport's natural metric; ties go to the longer distance, then the longer time. */
public final class ResultsTable {

    private ResultsTable() {
    }

    public static List<Result> ranked(Sport sport, List<Result> results) {
        Comparator<Result> byMetric = switch (sport.rankedBy()) {
            case SPEED -> Comparator.comparing((Result result) -> result.averageSpeed() == null ? 0 : result.averageSpeed()).reversed();
            case DISTANCE -> Comparator.comparingDouble(Result::distanceMeters).reversed();
            case MOVING_TIME -> Comparator.comparingLong(Result::movingSeconds).reversed();
        };
        return results.stream().sorted(byMetric
                .thenComparing(Comparator.comparingDouble(Result::distanceMeters).reversed())
                .thenComparing(Comparator.comparingLong(Result::movingSeconds).reversed())
                .thenComparing(Result::subject)).toList();
    }
}
