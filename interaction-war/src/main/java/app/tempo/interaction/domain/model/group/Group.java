package app.tempo.interaction.domain.model.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A group with a client-chosen id. Its version moves with every change of its description or of who is in it, so
 * its members' copies (and the ETag) follow both; the memberships themselves are {@link GroupMembers}' business.
 * Every change is made under the row's lock, which also serialises the changes of its memberships.
 */
@Entity
@Table(name = "athlete_group")
public class Group {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private boolean open;

    @Column(name = "owner_subject", nullable = false)
    private String owner;

    @Column(name = "member_count", nullable = false)
    private int memberCount;

    @Column(name = "request_count", nullable = false)
    private int requestCount;

    @Column(nullable = false)
    private long version;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Group() {
    }

    /** A new group; its creator is its owner (their membership comes from {@link GroupMembers#founded}). */
    public static Group found(UUID id, String owner, GroupDetails details, Instant at) {
        Group group = new Group();
        group.id = id;
        group.owner = owner;
        group.createdAt = at;
        group.name = details.name();
        group.description = details.description();
        group.open = details.open();
        group.version = 1;
        return group;
    }

    public void describe(GroupDetails details) {
        name = details.name();
        description = details.description();
        open = details.open();
        version++;
    }

    public boolean isDescribedAs(GroupDetails details) {
        return details().equals(details);
    }

    public GroupDetails details() {
        return new GroupDetails(name, description, open);
    }

    /** A membership changed: the group's version moves with it. */
    void touched() {
        version++;
    }

    void counted(GroupRole role, int delta) {
        if (role.isMember()) {
            memberCount += delta;
        } else {
            requestCount += delta;
        }
    }

    void ownedBy(String newOwner) {
        owner = newOwner;
    }

    public void delete() {
        deleted = true;
        version++;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    public boolean isOpen() {
        return open;
    }

    public int memberCount() {
        return memberCount;
    }

    public int requestCount() {
        return requestCount;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
