package app.tempo.interaction.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One athlete in one group, or their request to join it. */
@Entity
@Table(name = "group_member")
@IdClass(Membership.Key.class)
public class Membership {

    /** The composite id: group and athlete. */
    public static class Key implements Serializable {

        private UUID groupId;
        private String subject;

        public Key() {
        }

        public Key(UUID groupId, String subject) {
            this.groupId = groupId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(groupId, key.groupId) && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, subject);
        }
    }

    @Id
    @Column(name = "group_id")
    private UUID groupId;

    @Id
    @Column(name = "subject")
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupRole role;

    @Column(nullable = false)
    private Instant since;

    @Column(nullable = false)
    private long version;

    protected Membership() {
    }

    /**
     * {@code version}: the group's version at this change, so that one athlete's membership of a group only ever moves
     * forward in their feed, across leaving and joining again.
     */
    Membership(UUID groupId, String subject, GroupRole role, Instant since, long version) {
        this.groupId = groupId;
        this.subject = subject;
        this.role = role;
        this.since = since;
        this.version = version;
    }

    void become(GroupRole newRole, Instant at, long groupVersion) {
        if (!role.isMember() && newRole.isMember()) {
            since = at;
        }
        role = newRole;
        version = groupVersion;
    }

    public UUID groupId() {
        return groupId;
    }

    public String subject() {
        return subject;
    }

    public GroupRole role() {
        return role;
    }

    public Instant since() {
        return since;
    }

    public long version() {
        return version;
    }
}
