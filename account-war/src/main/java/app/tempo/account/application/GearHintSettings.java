package app.tempo.account.application;

import app.tempo.account.domain.model.hint.HintVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live settings of replacement hints, read from MicroProfile Config on every use so that a change of the live
 * configuration file applies without a restart (README, "Live settings"). A value that does not parse or lies out
 * of range is ignored, with a warning, in favour of the default: a typo in a ConfigMap must not stop the consumers.
 */
@ApplicationScoped
public class GearHintSettings {

    static final String THRESHOLD = "tempo.gear.hint.threshold";
    static final String SHARE_OF_B = "tempo.gear.hint.variant-b-share";
    static final double DEFAULT_THRESHOLD = 0.9;
    static final double DEFAULT_SHARE_OF_B = 0.5;
    private static final Logger LOG = Logger.getLogger(GearHintSettings.class.getName());

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "tempo.store.url-template",
            defaultValue = "https://store.example.invalid/replace?type={type}&kind={kind}&brand={brand}&model={model}")
    String storeUrlTemplate;

    /** The fraction of a wear limit at which the hint fires, in (0, 2]. */
    public double threshold() {
        return fraction(THRESHOLD, DEFAULT_THRESHOLD, 0, 2, false);
    }

    public HintVariant variantOf(String subject) {
        return HintVariant.of(subject, fraction(SHARE_OF_B, DEFAULT_SHARE_OF_B, 0, 1, true));
    }

    public String storeUrlTemplate() {
        return storeUrlTemplate;
    }

    private double fraction(String name, double fallback, double low, double high, boolean lowIncluded) {
        Optional<String> text = config.getOptionalValue(name, String.class);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.get());
            if ((lowIncluded ? value >= low : value > low) && value <= high) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> name + " = \"" + text.get() + "\" is not a number in range; using " + fallback);
        return fallback;
    }
}
