package app.tempo.training.domain.model.training;

import app.tempo.training.domain.model.route.Route;
import app.tempo.training.domain.model.schedule.InvalidRecurrence;
import app.tempo.training.domain.model.schedule.Occurrence;
import app.tempo.training.domain.model.schedule.Recurrence;
import app.tempo.training.domain.model.schedule.RecurrenceConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A training, identified by the id the client chose. Re-planning and completing are its behaviours; each change
 * that alters state bumps {@link #version()}, which clients see as the ETag.
 */
@Entity
@Table(name = "training")
public class Training {

    @Id
    private UUID id;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sport sport;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "planned_start")
    private Instant plannedStart;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "planned_duration_minutes")
    private Integer plannedDurationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    /** Text, not uuid: EclipseLink's UUID conversion does not read a null. */
    @Column(name = "group_id")
    private String groupId;

    private Integer capacity;

    @Convert(converter = RecurrenceConverter.class)
    private Recurrence recurrence;

    /** How many take part besides the owner, by state: part of the training's version, so each change reaches the feed. */
    @Column(name = "invited_count", nullable = false)
    private int invitedCount;

    @Column(name = "joined_count", nullable = false)
    private int joinedCount;

    @Column(name = "waiting_count", nullable = false)
    private int waitingCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingStatus status;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "distance_meters")
    private Double distanceMeters;

    @Column(name = "duration_seconds")
    private Long durationSeconds;

    @Convert(converter = UuidListConverter.class)
    @Column(name = "gear_ids")
    private List<UUID> gearIds;

    @Convert(converter = UuidListConverter.class)
    @Column(name = "sensor_ids")
    private List<UUID> sensorIds;

    @Column(name = "route_points")
    private Integer routePoints;

    @Column(name = "route_distance_meters")
    private Double routeDistanceMeters;

    @Column(name = "route_elevation_gain_meters")
    private Double routeElevationGainMeters;

    @Column(name = "route_elevation_loss_meters")
    private Double routeElevationLossMeters;

    @Column(name = "route_min_latitude")
    private Double routeMinLatitude;

    @Column(name = "route_min_longitude")
    private Double routeMinLongitude;

    @Column(name = "route_max_latitude")
    private Double routeMaxLatitude;

    @Column(name = "route_max_longitude")
    private Double routeMaxLongitude;

    /** The SHA-256 of the route's GPX document: another document is another version of the training. */
    @Column(name = "route_digest")
    private String routeDigest;

    /** Deleted by its owner: kept as a tombstone so that a replayed create cannot bring it back. */
    @Column(nullable = false)
    private boolean deleted;

    @Version
    private long version;

    protected Training() {
    }

    public static Training plan(UUID id, String owner, TrainingPlan plan) {
        Training training = new Training();
        training.id = id;
        training.owner = owner;
        training.status = TrainingStatus.PLANNED;
        training.apply(plan);
        return training;
    }

    /** True when the plan already says exactly this (a replayed request changes nothing). */
    public boolean isPlannedAs(TrainingPlan plan) {
        return plan().equals(plan.withDefaults());
    }

    public void replan(TrainingPlan plan) {
        if (status != TrainingStatus.PLANNED) {
            throw new TrainingRuleViolation("A " + status.name().toLowerCase() + " training cannot be re-planned");
        }
        apply(plan);
    }

    /** Plans the route (a planned training only); its GPX document, whose digest this is, is kept beside the training. */
    public void route(Route route, String digest) {
        if (status != TrainingStatus.PLANNED) {
            throw new TrainingRuleViolation("A " + status.name().toLowerCase() + " training's route cannot be changed");
        }
        routePoints = route.points();
        routeDistanceMeters = route.distanceMeters();
        routeElevationGainMeters = route.elevationGainMeters();
        routeElevationLossMeters = route.elevationLossMeters();
        routeMinLatitude = route.minLatitude();
        routeMinLongitude = route.minLongitude();
        routeMaxLatitude = route.maxLatitude();
        routeMaxLongitude = route.maxLongitude();
        routeDigest = digest;
    }

    /** Whether its route is the one of this document. */
    public boolean hasRouteOf(String digest) {
        return digest.equals(routeDigest);
    }

    /** The planned route's summary, if it has one. */
    public Optional<Route> route() {
        return routePoints == null ? Optional.empty() : Optional.of(new Route(routePoints, routeDistanceMeters, routeElevationGainMeters,
                routeElevationLossMeters, routeMinLatitude, routeMinLongitude, routeMaxLatitude, routeMaxLongitude));
    }

    /** True when this training was already completed with exactly this result. */
    public boolean isCompletedAs(Completion completion) {
        return status == TrainingStatus.COMPLETED && completion().equals(completion);
    }

    /** The athlete starts it: planned → in progress. */
    public void start() {
        if (status != TrainingStatus.PLANNED) {
            throw new TrainingRuleViolation("A " + label(status) + " training cannot be started");
        }
        status = TrainingStatus.IN_PROGRESS;
    }

    /** The athlete calls it off: planned or in progress → cancelled, for good. */
    public void cancel() {
        if (!status.isOpen()) {
            throw new TrainingRuleViolation("A " + label(status) + " training cannot be cancelled");
        }
        status = TrainingStatus.CANCELLED;
    }

    private static String label(TrainingStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    public void complete(Completion completion) {
        if (!status.isOpen()) {
            throw new TrainingRuleViolation("This training is already " + label(status));
        }
        status = TrainingStatus.COMPLETED;
        completedAt = completion.completedAt();
        distanceMeters = completion.distanceMeters();
        durationSeconds = completion.durationSeconds();
        gearIds = completion.gearIds();
        sensorIds = completion.sensorIds();
    }

    public void delete() {
        deleted = true;
        routePoints = null; // a tombstone keeps no route
        routeDistanceMeters = null;
        routeElevationGainMeters = null;
        routeElevationLossMeters = null;
        routeMinLatitude = null;
        routeMinLongitude = null;
        routeMaxLatitude = null;
        routeMaxLongitude = null;
        routeDigest = null;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    private void apply(TrainingPlan plan) {
        TrainingPlan complete = plan.withDefaults();
        if (complete.visibility() == Visibility.GROUP && complete.groupId() == null) {
            throw new InvalidPlan("groupId", "a GROUP training names its group");
        }
        if (complete.visibility() != Visibility.GROUP && complete.groupId() != null) {
            throw new InvalidPlan("groupId", "only a GROUP training names a group");
        }
        if (complete.recurrence() != null) {
            if (complete.plannedStart() == null) {
                throw new InvalidPlan("recurrence", "a recurring training has a planned start: its first occurrence");
            }
            try {
                complete.recurrence().checkAgainst(complete.plannedStart(), complete.timeZone());
            } catch (InvalidRecurrence e) {
                throw new InvalidPlan("recurrence", e.getMessage());
            }
        }
        sport = complete.sport();
        title = complete.title();
        description = complete.description();
        plannedStart = complete.plannedStart();
        timeZone = complete.timeZone().getId();
        plannedDurationMinutes = complete.plannedDurationMinutes();
        visibility = complete.visibility();
        groupId = complete.groupId() == null ? null : complete.groupId().toString();
        capacity = complete.capacity();
        recurrence = complete.recurrence();
    }

    public TrainingPlan plan() {
        return new TrainingPlan(sport, title, description, plannedStart, ZoneId.of(timeZone), plannedDurationMinutes, visibility,
                groupId == null ? null : UUID.fromString(groupId), capacity, recurrence);
    }

    /**
     * Its occurrences starting in [from, to): those of its series, or its one planned start (none without one).
     */
    public List<Occurrence> occurrences(Instant from, Instant to) {
        if (plannedStart == null) {
            return List.of();
        }
        if (recurrence == null) {
            return plannedStart.isBefore(from) || !plannedStart.isBefore(to) ? List.of()
                    : List.of(new Occurrence(plannedStart.atZone(ZoneId.of(timeZone)).toLocalDate(), plannedStart, plannedStart,
                    status == TrainingStatus.CANCELLED ? Occurrence.Status.CANCELLED : Occurrence.Status.SCHEDULED));
        }
        List<Occurrence> occurrences = recurrence.occurrences(plannedStart, ZoneId.of(timeZone), from, to);
        return status != TrainingStatus.CANCELLED ? occurrences : occurrences.stream()
                .map(each -> new Occurrence(each.date(), each.start(), each.scheduledStart(), Occurrence.Status.CANCELLED)).toList();
    }

    /**
     * Whether the subject may see it: its owner, anyone on its roster, and anyone in its circle (everyone for a
     * public training, the owner's friends for FRIENDS, the group's members for GROUP: the caller knows which).
     */
    public boolean isVisibleTo(String subject, boolean onTheRoster, boolean inCircle) {
        return !deleted && (isOwnedBy(subject) || onTheRoster || inCircle);
    }

    /** Whether one more participant may join now rather than wait. */
    boolean hasRoom() {
        return capacity == null || joinedCount < capacity;
    }

    void counted(ParticipantStatus status, int delta) {
        switch (status) {
            case INVITED -> invitedCount += delta;
            case JOINED -> joinedCount += delta;
            case WAITING -> waitingCount += delta;
            case REMOVED -> { } // not counted: off the roster
        }
    }

    public ParticipantCounts participantCounts() {
        return new ParticipantCounts(invitedCount, joinedCount, waitingCount);
    }

    public Completion completion() {
        return status == TrainingStatus.COMPLETED
                ? new Completion(completedAt, distanceMeters, durationSeconds, gearIds == null ? List.of() : gearIds,
                        sensorIds == null ? List.of() : sensorIds)
                : null;
    }

    public UUID id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public TrainingStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
