package app.tempo.account.domain.model.gear;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where gear and the history of its components are kept. */
public interface GearRepository {

    Optional<Gear> find(UUID id);

    /** Finds it locked for update: concurrent completions wearing the same item queue up instead of failing. */
    Optional<Gear> findForUpdate(UUID id);

    /** The owner's items in id order, starting after {@code afterId} (null: from the first), at most {@code limit}. */
    List<Gear> ownedBy(String owner, UUID afterId, int limit);

    /** The owner's items most recently changed first. */
    List<Gear> recentlyChanged(String owner, int limit);

    long countOwnedBy(String owner);

    void add(Gear gear);

    /** A component's mounts, oldest first. */
    List<GearMount> mountsOf(UUID componentId);

    /** A page of a component's mounts, oldest first, after the mount {@code afterId} (0: from the first). */
    List<GearMount> mountsOf(UUID componentId, long afterId, int limit);

    /** The components that were on this bike at that moment. */
    List<UUID> componentsOn(UUID bikeId, Instant moment);

    /** The components on this bike now. */
    List<Gear> mountedOn(UUID bikeId);

    void add(GearMount mount);

    /** Records what one completed training added to one item. */
    void recordUse(String athlete, UUID trainingId, UUID gearId, double meters, long seconds);

    /** What one completed training added to each item. */
    List<GearUse> usesOf(String athlete, UUID trainingId);

    void forgetUses(String athlete, UUID trainingId);

    /** What one completed training added to one gear item. */
    record GearUse(UUID gearId, double meters, long seconds) {
    }
}
