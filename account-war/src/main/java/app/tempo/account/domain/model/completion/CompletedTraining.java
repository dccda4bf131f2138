package app.tempo.account.domain.model.completion;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the account domain keeps of one athlete's completed training: the latest result training-war reported for
 * it ({@code reportedAt} is when that report occurred), the gear and sensors it named.
 */
public record CompletedTraining(String athlete, UUID trainingId, String sport, String title, Instant completedAt,
                                double distanceMeters, long durationSeconds, long movingSeconds,
                                double elevationGainMeters, double calories, Instant reportedAt,
                                List<UUID> gearIds, List<UUID> sensorIds) {

    public CompletedTraining {
        gearIds = List.copyOf(gearIds);
        sensorIds = List.copyOf(sensorIds);
    }

    /**
     * Whether this report replaces {@code earlier}, the one kept so far: a report that occurred later and says
     * something else. A redelivered, duplicated or older report changes nothing, nor does the same result published
     * again as another event version.
     */
    public boolean replaces(CompletedTraining earlier) {
        return reportedAt.isAfter(earlier.reportedAt) && !sameResultAs(earlier);
    }

    boolean sameResultAs(CompletedTraining other) {
        return sport.equals(other.sport) && title.equals(other.title) && completedAt.equals(other.completedAt)
                && distanceMeters == other.distanceMeters && durationSeconds == other.durationSeconds
                && movingSeconds == other.movingSeconds && elevationGainMeters == other.elevationGainMeters
                && calories == other.calories && Set.copyOf(gearIds).equals(Set.copyOf(other.gearIds))
                && Set.copyOf(sensorIds).equals(Set.copyOf(other.sensorIds));
    }
}
