package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.people.PublicProfile;
import java.util.List;

/** The public part of an athlete's profile. */
public record AthleteView(String subject, String nickname, String avatarUrl, List<String> sports) {

    static AthleteView of(PublicProfile profile) {
        return new AthleteView(profile.subject(), profile.nickname(), profile.avatarUrl(), profile.sports());
    }
}
