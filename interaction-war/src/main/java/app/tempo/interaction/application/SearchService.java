package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.people.AthleteDirectory;
import app.tempo.interaction.domain.model.people.AthleteDirectory.Found;
import app.tempo.interaction.domain.model.people.AthleteDirectory.SearchCursor;
import app.tempo.interaction.domain.model.people.PublicProfile;
import app.tempo.interaction.domain.model.social.RelationshipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** User search and public profiles, as each caller may see them (visibility and blocks). */
@ApplicationScoped
@Transactional
public class SearchService {

    @Inject
    AthleteDirectory directory;

    @Inject
    RelationshipRepository relationships;

    public List<Found> search(String searcher, String prefix, String sport, SearchCursor after, int limit) {
        return directory.search(searcher, prefix, sport, after, limit);
    }

    /** The profile if the viewer may find it: their own, a public one, a friend's; never across a block. */
    public Optional<PublicProfile> profile(String viewer, String subject) {
        return directory.find(subject).filter(profile -> viewer.equals(subject)
                || !relationships.blockedEitherWay(viewer, subject) && switch (profile.visibility()) {
                    case "PUBLIC" -> true;
                    case "FRIENDS" -> relationships.areFriends(viewer, subject);
                    default -> false;
                });
    }
}
