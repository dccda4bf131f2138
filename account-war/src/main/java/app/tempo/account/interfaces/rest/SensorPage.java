package app.tempo.account.interfaces.rest;

import java.util.List;

/** One page of the athlete's sensors in id order; {@code next} is the cursor of the following page, null at the end. */
public record SensorPage(List<SensorView> items, String next) {
}
