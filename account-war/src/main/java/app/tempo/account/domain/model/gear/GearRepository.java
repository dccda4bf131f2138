package app.tempo.account.domain.model.gear;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where gear is kept. */
public interface GearRepository {

    Optional<Gear> find(UUID id);

    /** Finds it locked for update: concurrent completions wearing the same item queue up instead of failing. */
    Optional<Gear> findForUpdate(UUID id);

    /** The owner's items in id order, starting after {@code afterId} (null: from the first), at most {@code limit}. */
    List<Gear> ownedBy(String owner, UUID afterId, int limit);

    long countOwnedBy(String owner);

    void add(Gear gear);
}
