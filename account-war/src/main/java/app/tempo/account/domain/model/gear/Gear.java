package app.tempo.account.domain.model.gear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A gear item, identified by the id the client chose. Distance, time and use count accumulate from completed
 * trainings only; clients cannot set them.
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

    @Column(name = "wear_limit_meters")
    private Double wearLimitMeters;

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
        type = details.type();
        brand = details.brand();
        model = details.model();
        startedOn = details.startedOn();
        wearLimitMeters = details.wearLimitMeters();
        retired = details.retired();
    }

    /** A completed training that used this gear adds its distance and time. */
    public void recordUse(double meters, long seconds) {
        distanceMeters += meters;
        durationSeconds += seconds;
        trainingsCount++;
    }

    public boolean isWornOut() {
        return wearLimitMeters != null && distanceMeters >= wearLimitMeters;
    }

    public void delete() {
        deleted = true;
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
        return new GearDetails(type, brand, model, startedOn, wearLimitMeters, retired);
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
