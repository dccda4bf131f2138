package app.tempo.interaction.interfaces.rest;

import java.util.List;

/** One page of relationships; {@code next} is the cursor of the following page, null at the end. */
public record FriendPage(List<FriendView> items, String next) {
}
