package app.tempo.interaction.interfaces.rest;

import java.util.List;

/** One page of search results in nickname order; {@code next} is the cursor of the following page, null at the end. */
public record AthletePage(List<AthleteView> items, String next) {
}
