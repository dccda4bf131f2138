package app.tempo.training.domain.model.recording;

import app.tempo.training.domain.model.training.TrainingMemberKey;
import app.tempo.training.domain.model.training.UuidListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One participant's line of a training's results table: the summary of their samples, recomputed whenever more
 * arrive, with the calories it cost and the gear and sensors they named.
 */
@Entity
@Table(name = "result")
@IdClass(TrainingMemberKey.class)
public class Result {

    @Id
    @Column(name = "training_id")
    private UUID trainingId;

    @Id
    private String subject;

    private int samples;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "duration_seconds")
    private long durationSeconds;

    @Column(name = "moving_seconds")
    private long movingSeconds;

    @Column(name = "distance_meters")
    private double distanceMeters;

    @Column(name = "elevation_gain_meters")
    private double elevationGainMeters;

    @Column(name = "average_speed")
    private Double averageSpeed;

    @Column(name = "average_heart_rate")
    private Integer averageHeartRate;

    @Column(name = "max_heart_rate")
    private Integer maxHeartRate;

    @Column(name = "average_power")
    private Integer averagePower;

    private Double calories;

    @Convert(converter = UuidListConverter.class)
    @Column(name = "gear_ids")
    private List<UUID> gearIds;

    @Convert(converter = UuidListConverter.class)
    @Column(name = "sensor_ids")
    private List<UUID> sensorIds;

    @Version
    private long version;

    protected Result() {
    }

    public Result(UUID trainingId, String subject) {
        this.trainingId = trainingId;
        this.subject = subject;
    }

    /** Takes the new summary; calories from the weight when one is given, else the earlier figure rescaled. */
    public void summarise(ActivitySummary summary, Double caloriesFromWeight, boolean weightGiven) {
        calories = weightGiven ? caloriesFromWeight : Calories.rescaled(calories, movingSeconds, summary.movingSeconds());
        samples = summary.samples();
        startedAt = summary.startedAt();
        endedAt = summary.endedAt();
        durationSeconds = summary.durationSeconds();
        movingSeconds = summary.movingSeconds();
        distanceMeters = summary.distanceMeters();
        elevationGainMeters = summary.elevationGainMeters();
        averageSpeed = summary.averageSpeed();
        averageHeartRate = summary.averageHeartRate();
        maxHeartRate = summary.maxHeartRate();
        averagePower = summary.averagePower();
    }

    /** The gear and sensors the participant names (a later upload naming none keeps the earlier ones). */
    public void equippedWith(List<UUID> gear, List<UUID> sensors) {
        if (!gear.isEmpty()) {
            gearIds = List.copyOf(gear);
        }
        if (!sensors.isEmpty()) {
            sensorIds = sensors.stream().sorted().toList();
        }
    }

    public UUID trainingId() {
        return trainingId;
    }

    public String subject() {
        return subject;
    }

    public int samples() {
        return samples;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long durationSeconds() {
        return durationSeconds;
    }

    public long movingSeconds() {
        return movingSeconds;
    }

    public double distanceMeters() {
        return distanceMeters;
    }

    public double elevationGainMeters() {
        return elevationGainMeters;
    }

    public Double averageSpeed() {
        return averageSpeed;
    }

    public Integer averageHeartRate() {
        return averageHeartRate;
    }

    public Integer maxHeartRate() {
        return maxHeartRate;
    }

    public Integer averagePower() {
        return averagePower;
    }

    public Double calories() {
        return calories;
    }

    public List<UUID> gearIds() {
        return gearIds == null ? List.of() : gearIds;
    }

    public List<UUID> sensorIds() {
        return sensorIds == null ? List.of() : sensorIds;
    }

    public long version() {
        return version;
    }
}
