package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileDetails;
import app.tempo.account.domain.model.profile.Sport;
import app.tempo.account.domain.model.profile.Units;
import app.tempo.account.domain.model.profile.Visibility;
import java.util.List;
import java.util.Map;

/** The athlete's profile as the API shows it to its owner. */
public record ProfileView(String id, String nickname, String avatarUrl, List<Sport> sports, Visibility visibility,
                          String timeZone, Units units, List<ProfileRequest.DefaultGear> defaultGear, long version) {

    static ProfileView of(Profile profile) {
        ProfileDetails details = profile.details();
        return new ProfileView(profile.subject(), details.nickname(), details.avatarUrl(), details.sports().stream().sorted().toList(),
                details.visibility(), details.timeZone().getId(), details.units(),
                details.defaultGear().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(entry -> new ProfileRequest.DefaultGear(entry.getKey().name(), entry.getValue().toString())).toList(),
                profile.version());
    }
}
