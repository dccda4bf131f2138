package app.tempo.interaction.domain.model.social;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RelationshipRepository {

    Optional<Relationship> find(String one, String other);

    /** By the pair's id (which is also the id of their direct chat). */
    Optional<Relationship> find(UUID id);

    /** By the pair's id, under a share lock until the transaction ends (a change of the pair waits for it). */
    Optional<Relationship> findShared(UUID id);

    /** The pair's row, created as "no relationship" if new, locked until the transaction ends. */
    Relationship lock(String one, String other);

    /** The relationships {@code subject} can see in the given status, in id order after {@code afterId}. */
    List<Relationship> of(String subject, FriendStatus status, UUID afterId, int limit);

    /** Those {@code subject} blocks, in id order after {@code afterId}. */
    List<Relationship> blockedBy(String subject, UUID afterId, int limit);

    /** Whether either blocks the other (no row: no block). */
    boolean blockedEitherWay(String one, String other);

    boolean areFriends(String one, String other);

    long countFriends(String subject);

    /** Every friend of the athlete (bounded by how many friends one can make: see the abuse limits). */
    List<String> friendsOf(String subject);
}
