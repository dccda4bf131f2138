package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.people.AthleteDirectory;
import app.tempo.interaction.domain.model.people.PublicProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** How notifications name another athlete: their nickname, or a neutral word while their profile is not known here yet. */
@ApplicationScoped
public class Nicknames {

    static final String UNKNOWN = "An athlete";

    @Inject
    AthleteDirectory directory;

    public String of(String subject) {
        return directory.find(subject).map(PublicProfile::nickname).orElse(UNKNOWN);
    }
}
