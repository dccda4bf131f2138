package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.group.Group;
import java.time.Instant;
import java.util.UUID;

/** A group as anyone signed in sees it; the caller's own place in it is their membership. */
public record GroupView(UUID id, String name, String description, boolean open, String owner, int memberCount, int requestCount,
                        Instant createdAt) {

    static GroupView of(Group group) {
        return new GroupView(group.id(), group.name(), group.details().description(), group.isOpen(), group.owner(), group.memberCount(),
                group.requestCount(), group.createdAt());
    }
}
