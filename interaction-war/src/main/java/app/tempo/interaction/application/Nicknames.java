package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.people.AthleteDirectory;
import app.tempo.interaction.domain.model.people.PublicProfile;
import app.tempo.interaction.domain.model.social.FriendStatus;
import app.tempo.interaction.domain.model.social.Relationship;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** How notifications name another athlete: their nickname, or a neutral word while their profile is not known here yet. */
@ApplicationScoped
public class Nicknames {

    static final String UNKNOWN = "An athlete";

    @Inject
    AthleteDirectory directory;

    public String of(String subject) {
        return directory.find(subject).map(PublicProfile::nickname).orElse(UNKNOWN);
    }

    /**
     * The other athlete's nickname as the viewer may see it on their relationship: a friend's, or a requester's (they
     * made themselves known); otherwise only a public profile's, and none across a block (null: not shown).
     */
    public String shownOn(Relationship relationship, String viewer) {
        FriendStatus status = relationship.statusFor(viewer);
        boolean known = status == FriendStatus.FRIENDS || status == FriendStatus.REQUEST_RECEIVED;
        Optional<PublicProfile> profile = directory.find(relationship.otherThan(viewer)); // one read for both answers
        if (known) {
            return profile.map(PublicProfile::nickname).orElse(UNKNOWN);
        }
        boolean findable = !relationship.isBlockedEitherWay() && profile.filter(found -> found.visibility().equals("PUBLIC")).isPresent();
        return findable ? profile.get().nickname() : null;
    }
}
