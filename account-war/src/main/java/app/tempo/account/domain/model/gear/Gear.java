package app.tempo.account.domain.model.gear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A gear item, identified by the id the client chose: shoes, a bike, a component mounted on a bike (or on the
 * shelf), or anything else. Distance, time and use count accumulate from completed trainings only; clients cannot set
 * them.
 */
@Entity
@Table(name = "gear")
public class Gear {

    @Id
    private UUID id;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GearType type;

    @Column(nullable = false)
    private String brand;

    @Column(nullable = false)
    private String model;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "component_kind")
    private ComponentKind componentKind;

    /** Text, not UUID: EclipseLink's UUID converter cannot read a null (PostgreSQL casts the text to uuid). */
    @Column(name = "bike_id")
    private String bikeId;

    @Column(name = "wear_limit_meters")
    private Double wearLimitMeters;

    @Column(name = "wear_limit_seconds")
    private Long wearLimitSeconds;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "distance_meters", nullable = false)
    private double distanceMeters;

    @Column(name = "duration_seconds", nullable = false)
    private long durationSeconds;

    @Column(name = "trainings_count", nullable = false)
    private int trainingsCount;

    /** Deleted by its owner: kept as a tombstone so that a replayed create cannot bring it back. */
    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A replacement hint was given for the wear above the threshold (see {@link #needsHint}). */
    @Column(nullable = false)
    private boolean hinted;

    @Version
    private long version;

    protected Gear() {
    }

    public static Gear register(UUID id, String owner, GearDetails details) {
        Gear gear = new Gear();
        gear.id = id;
        gear.owner = owner;
        gear.describe(details);
        return gear;
    }

    public boolean isDescribedAs(GearDetails details) {
        return details().equals(details);
    }

    public void describe(GearDetails details) {
        if (!Objects.equals(wearLimitMeters, details.wearLimitMeters()) || !Objects.equals(wearLimitSeconds, details.wearLimitSeconds())) {
            hinted = false; // new limits: crossing the threshold of these deserves its own hint
        }
        type = details.type();
        componentKind = details.componentKind();
        brand = details.brand();
        model = details.model();
        startedOn = details.startedOn();
        wearLimitMeters = details.wearLimitMeters();
        wearLimitSeconds = details.wearLimitSeconds();
        retired = details.retired();
        bikeId = details.bikeId() == null ? null : details.bikeId().toString();
        updatedAt = Instant.now();
    }

    /** A completed training that used this gear adds its distance and time. */
    public void recordUse(double meters, long seconds) {
        distanceMeters += meters;
        durationSeconds += seconds;
        trainingsCount++;
        updatedAt = Instant.now();
    }

    /** Takes back what {@link #recordUse} added, when a newer result of the same training replaces it. */
    public void takeBackUse(double meters, long seconds) {
        distanceMeters = Math.max(0, distanceMeters - meters);
        durationSeconds = Math.max(0, durationSeconds - seconds);
        trainingsCount = Math.max(0, trainingsCount - 1);
        updatedAt = Instant.now();
    }

    /** Whether the wear reached {@code fraction} of its distance limit or of its time limit. */
    public boolean hasWorn(double fraction) {
        return wearLimitMeters != null && distanceMeters >= wearLimitMeters * fraction
                || wearLimitSeconds != null && durationSeconds >= wearLimitSeconds * fraction;
    }

    /**
     * Whether the athlete should now be told to replace it: its wear is at or past {@code threshold} (a fraction of a
     * limit) and no hint was given since it got there. Marks it hinted; wear back below the threshold (a corrected
     * result) clears the mark, so each crossing gives one hint.
     */
    public boolean needsHint(double threshold) {
        if (!hasWorn(threshold)) {
            hinted = false;
            return false;
        }
        if (hinted) {
            return false;
        }
        hinted = true;
        return true;
    }

    /** The wear as a fraction of its nearest limit (0 without limits). */
    public double wearFraction() {
        double byDistance = wearLimitMeters == null ? 0 : distanceMeters / wearLimitMeters;
        double byTime = wearLimitSeconds == null ? 0 : (double) durationSeconds / wearLimitSeconds;
        return Math.max(byDistance, byTime);
    }

    public boolean isWornOut() {
        return hasWorn(1.0);
    }

    /** Its components leave a deleted bike: they stay the athlete's, on the shelf. */
    public void unmount() {
        bikeId = null;
        updatedAt = Instant.now();
    }

    public void delete() {
        deleted = true;
        updatedAt = Instant.now();
    }

    public boolean isDeleted() {
        return deleted;
    }

    public String owner() {
        return owner;
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    public GearDetails details() {
        return new GearDetails(type, componentKind, brand, model, startedOn, wearLimitMeters, wearLimitSeconds, retired, bikeId());
    }

    public boolean isBike() {
        return type == GearType.BIKE;
    }

    public boolean isRetired() {
        return retired;
    }

    public UUID bikeId() {
        return bikeId == null ? null : UUID.fromString(bikeId);
    }


    public UUID id() {
        return id;
    }

    public double distanceMeters() {
        return distanceMeters;
    }

    public long durationSeconds() {
        return durationSeconds;
    }

    public int trainingsCount() {
        return trainingsCount;
    }

    public long version() {
        return version;
    }
}
