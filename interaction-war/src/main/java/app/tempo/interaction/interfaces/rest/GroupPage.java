package app.tempo.interaction.interfaces.rest;

import java.util.List;

/** The caller's groups (memberships and requests) with each group; {@code next} is the following page's cursor. */
public record GroupPage(List<Item> items, String next) {

    /** One of the caller's groups and their place in it. */
    public record Item(GroupView group, MembershipView membership) {
    }
}
