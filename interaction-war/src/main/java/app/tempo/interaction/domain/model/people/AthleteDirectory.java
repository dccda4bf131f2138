package app.tempo.interaction.domain.model.people;

import java.util.List;
import java.util.Optional;

/** The profiles interaction knows, and the user search over them. */
public interface AthleteDirectory {

    /** Keeps the profile unless a newer version is known already (events may arrive out of order or twice). */
    void learn(PublicProfile profile, long version);

    Optional<PublicProfile> find(String subject);

    /**
     * Profiles whose nickname starts with {@code prefix} (any case), practising {@code sport} if given, that
     * {@code searcher} may find: public ones, friends-only ones of their friends; never their own, never one of an
     * athlete either of them blocks. In nickname order, after the cursor {@code after} (null for the first page).
     */
    List<Found> search(String searcher, String prefix, String sport, SearchCursor after, int limit);

    /** A position in the search's order: the lower-cased nickname and subject of the last profile of a page. */
    record SearchCursor(String nickname, String subject) {
    }

    /** A profile the search found, and its position for the next page's cursor. */
    record Found(PublicProfile profile, SearchCursor position) {
    }
}
