package app.tempo.interaction.interfaces.rest;

import java.util.List;

/** A group's members, and for its owner and admins its requests; bounded by the group's size limit. */
public record MemberPage(List<MembershipView> items) {
}
