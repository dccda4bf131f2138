package app.tempo.interaction.interfaces.rest;

import java.util.List;

/**
 * One page of notifications, newest first; {@code next} is the cursor of the following page, null at the end;
 * {@code unread} how many of all the athlete's notifications are unread.
 */
public record NotificationPage(List<NotificationView> items, String next, long unread) {
}
