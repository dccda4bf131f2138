package app.tempo.account.domain.model.hint;

import app.tempo.account.domain.model.gear.Gear;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A replacement hint: a gear item's wear crossed the hint threshold. It carries its wording (the A/B variant the
 * athlete is assigned to) and a link to the Store built from the configured template.
 */
public record WearHint(String athlete, UUID gearId, String gearType, String componentKind, String brand, String model,
                       double distanceMeters, long durationSeconds, Double wearLimitMeters, Long wearLimitSeconds,
                       double threshold, String variant, String title, String text, String storeUrl) {

    /**
     * The hint for an item that crossed {@code threshold}. The template's {@code {type}}, {@code {kind}},
     * {@code {brand}}, {@code {model}} and {@code {gearId}} are replaced by the item's, URL-encoded.
     */
    public static WearHint of(Gear gear, double threshold, HintVariant variant, String storeUrlTemplate) {
        var details = gear.details();
        String kind = details.componentKind() == null ? "" : details.componentKind().name();
        Map<String, String> fields = Map.of("{type}", details.type().name(), "{kind}", kind, "{brand}", details.brand(),
                "{model}", details.model(), "{gearId}", gear.id().toString());
        String url = storeUrlTemplate;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            url = url.replace(field.getKey(), URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        String name = details.brand() + " " + details.model();
        // what it did, in the measure of its limit: distance, or time for gear worn by the hour (a trainer)
        String done = details.wearLimitMeters() != null
                ? String.format(Locale.ROOT, "%.1f km", gear.distanceMeters() / 1000)
                : String.format(Locale.ROOT, "%d h", gear.durationSeconds() / 3600);
        long percent = Math.round(gear.wearFraction() * 100);
        String title = variant == HintVariant.A ? "Time to replace your " + name : "Your " + name + " has earned a rest";
        String text = variant == HintVariant.A
                ? name + " has done " + done + ", " + percent + "% of its wear limit."
                : done + " together so far. A fresh one keeps you fast and injury-free.";
        return new WearHint(gear.owner(), gear.id(), details.type().name(), kind.isEmpty() ? null : kind, details.brand(),
                details.model(), gear.distanceMeters(), gear.durationSeconds(), details.wearLimitMeters(),
                details.wearLimitSeconds(), threshold, variant.name(), title, text, url);
    }
}
