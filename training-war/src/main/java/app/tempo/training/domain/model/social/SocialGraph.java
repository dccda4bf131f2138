package app.tempo.training.domain.model.social;

import java.util.UUID;

/** What training-war knows of relationships (from interaction's events), to open trainings to circles and stop invitations. */
public interface SocialGraph {

    /** Keeps the tie unless a newer version is known. */
    void learn(Tie tie);

    boolean areFriends(String one, String other);

    boolean blocks(String blocker, String blocked);

    /** Keeps whether the athlete belongs to the group, unless a newer version is known. */
    void learnMembership(UUID groupId, String subject, boolean member, long version);

    boolean isMember(UUID groupId, String subject);
}
