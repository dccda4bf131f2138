package app.tempo.account.domain.model.social;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The friends and groups lists, kept from interaction's events by version (late or repeated ones change nothing). */
public interface SocialLists {

    void learnTie(String one, String other, boolean friends, Instant changedAt, long version);

    /** {@code role} null: no longer a member. */
    void learnMembership(UUID groupId, String groupName, String subject, String role, Instant changedAt, long version);

    long countFriends(String subject);

    long countGroups(String subject);

    /** The newest friends first. */
    List<Friend> recentFriends(String subject, int limit);

    /** The groups joined or changed most recently first. */
    List<Membership> recentGroups(String subject, int limit);

    record Friend(String subject, Instant since) {
    }

    record Membership(UUID groupId, String name, String role, Instant since) {
    }
}
