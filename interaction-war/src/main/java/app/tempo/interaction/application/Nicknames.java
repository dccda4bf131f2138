package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.people.AthleteDirectory;
import app.tempo.interaction.domain.model.people.PublicProfile;
import app.tempo.interaction.domain.model.social.FriendStatus;
import app.tempo.interaction.domain.model.social.Relationship;
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

    /**
     * The other athlete's nickname as the viewer may see it on their relationship: a friend's, or a requester's (they
     * made themselves known); otherwise only a public profile's, and none across a block (null: not shown).
     */
    public String shownOn(Relationship relationship, String viewer) {
        String other = relationship.otherThan(viewer);
        FriendStatus status = relationship.statusFor(viewer);
        boolean known = status == FriendStatus.FRIENDS || status == FriendStatus.REQUEST_RECEIVED;
        boolean findable = !relationship.isBlockedEitherWay()
                && directory.find(other).filter(profile -> profile.visibility().equals("PUBLIC")).isPresent();
        return known || findable ? of(other) : null;
    }
}
