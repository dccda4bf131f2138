package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.profile.ProfileDetails;
import app.tempo.account.domain.model.profile.Sport;
import app.tempo.account.domain.model.profile.Units;
import app.tempo.account.domain.model.profile.Visibility;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.validation.OneOf;
import app.tempo.platform.validation.Uuids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /profile}: everything the athlete chooses to show, and their settings. */
public record ProfileRequest(
        @NotNull @Pattern(regexp = NICKNAME, message = "3 to 30 letters, digits, '_', '.' or '-', starting and ending with a letter or digit")
        @Schema(example = "trail_fox") String nickname,
        @Size(max = 2000) @Schema(description = "an https URL; stored, never fetched by the server") String avatarUrl,
        @Size(max = 10) @Schema(type = SchemaType.ARRAY, implementation = Sport.class) List<@NotNull @OneOf(Sport.class) String> sports,
        @NotNull @OneOf(Visibility.class) @Schema(implementation = Visibility.class, required = true) String visibility,
        @NotNull @Size(max = 64) @Schema(description = "an IANA time zone; statistics follow its calendar", example = "Europe/Berlin")
        String timeZone,
        @NotNull @OneOf(Units.class) @Schema(implementation = Units.class, required = true) String units,
        @Size(max = 10) List<@Valid @NotNull DefaultGear> defaultGear) {

    static final String NICKNAME = "[A-Za-z0-9][A-Za-z0-9_.-]{1,28}[A-Za-z0-9]";

    /** The gear a completion of this sport wears when it names none. */
    public record DefaultGear(
            @NotNull @OneOf(Sport.class) @Schema(implementation = Sport.class, required = true) String sport,
            @NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) @Schema(format = "uuid", required = true) String gearId) {
    }

    ProfileDetails toDetails() {
        Set<Sport> sportSet = EnumSet.noneOf(Sport.class);
        if (sports != null) {
            sports.forEach(sport -> sportSet.add(Sport.valueOf(sport)));
        }
        Map<Sport, UUID> defaults = new EnumMap<>(Sport.class);
        if (defaultGear != null) {
            for (DefaultGear choice : defaultGear) {
                if (defaults.put(Sport.valueOf(choice.sport()), UUID.fromString(choice.gearId())) != null) {
                    throw ProblemException.invalidField("defaultGear", choice.sport() + " is named twice");
                }
            }
        }
        return new ProfileDetails(nickname, avatar(), sportSet, Visibility.valueOf(visibility), zone(), Units.valueOf(units), defaults);
    }

    private String avatar() {
        if (avatarUrl == null || avatarUrl.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(avatarUrl);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ProblemException.invalidField("avatarUrl", "must be an https URL with a host and no credentials");
    }

    private ZoneId zone() {
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.invalidField("timeZone", "not a time zone of the IANA database, e.g. Europe/Berlin");
        }
        return ZoneId.of(timeZone);
    }
}
