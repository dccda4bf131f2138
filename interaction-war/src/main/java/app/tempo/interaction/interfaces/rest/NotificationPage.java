package app.tempo.interaction.interfaces.rest;

import java.util.List;

/** One page of notifications, newest first; {@code next} is the cursor of the following page, null at the end. */
public record NotificationPage(List<NotificationView> items, String next) {
}
