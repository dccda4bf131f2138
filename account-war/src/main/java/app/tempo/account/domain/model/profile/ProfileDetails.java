package app.tempo.account.domain.model.profile;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** What the athlete chooses to say about themselves: the fields a client may set with PUT. */
public record ProfileDetails(String nickname, String avatarUrl, Set<Sport> sports, Visibility visibility, ZoneId timeZone,
                             Units units, Map<Sport, UUID> defaultGear) {

    public ProfileDetails {
        sports = Set.copyOf(sports);
        defaultGear = Map.copyOf(defaultGear);
    }

    /** The public part, which other domains receive: it is what user search shows. */
    public boolean samePublicPartAs(ProfileDetails other) {
        return nickname.equals(other.nickname) && Objects.equals(avatarUrl, other.avatarUrl)
                && sports.equals(other.sports) && visibility == other.visibility;
    }
}
