package app.tempo.account.interfaces.rest;

import java.util.List;

/** One page of a component's mounts, oldest first; {@code next} is the cursor of the following page, null at the end. */
public record MountPage(List<MountView> items, String next) {
}
