package app.tempo.interaction.infrastructure.persistence;

import app.tempo.interaction.domain.model.people.AthleteDirectory;
import app.tempo.interaction.domain.model.people.PublicProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The profile copy in table {@code athlete_profile} (V3), read with native SQL for its prefix index. */
@ApplicationScoped
public class SqlAthleteDirectory implements AthleteDirectory {

    private static final String COLUMNS = "subject, nickname, avatar_url, array_to_string(sports, ','), visibility";
    /** Two lookups of the pair's unique (low, high) index rather than one OR, which the planner can only scan for. */
    private static final String BLOCK_BETWEEN = """
            (EXISTS (SELECT 1 FROM relationship r WHERE r.low_subject = ?1 AND r.high_subject = p.subject
                     AND (r.low_blocks_high OR r.high_blocks_low))
             OR EXISTS (SELECT 1 FROM relationship r WHERE r.low_subject = p.subject AND r.high_subject = ?1
                     AND (r.low_blocks_high OR r.high_blocks_low)))""";
    private static final String FRIENDS = """
            (EXISTS (SELECT 1 FROM relationship r WHERE r.low_subject = ?1 AND r.high_subject = p.subject AND r.state = 'FRIENDS')
             OR EXISTS (SELECT 1 FROM relationship r WHERE r.low_subject = p.subject AND r.high_subject = ?1 AND r.state = 'FRIENDS'))""";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void learn(PublicProfile profile, long version) {
        entityManager.createNativeQuery("""
                        INSERT INTO athlete_profile (subject, nickname, avatar_url, sports, visibility, version)
                        VALUES (?1, ?2, ?3, string_to_array(?4, ','), ?5, ?6)
                        ON CONFLICT (subject) DO UPDATE SET nickname = excluded.nickname, avatar_url = excluded.avatar_url,
                            sports = excluded.sports, visibility = excluded.visibility, version = excluded.version
                        WHERE athlete_profile.version < excluded.version""")
                .setParameter(1, profile.subject()).setParameter(2, profile.nickname()).setParameter(3, profile.avatarUrl())
                .setParameter(4, String.join(",", profile.sports())).setParameter(5, profile.visibility()).setParameter(6, version)
                .executeUpdate();
    }

    @Override
    public Optional<PublicProfile> find(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM athlete_profile WHERE subject = ?1")
                .setParameter(1, subject).getResultList();
        return rows.stream().findFirst().map(SqlAthleteDirectory::profile);
    }

    @Override
    public List<Found> search(String searcher, String prefix, String sport, SearchCursor after, int limit) {
        // lower-cased by the database, like search_key, so both sides fold case the same way
        String sql = "SELECT " + COLUMNS + ", search_key FROM athlete_profile p WHERE search_key LIKE lower(?2) || '%' ESCAPE '\\'"
                + (sport == null ? "" : " AND sports @> ARRAY[CAST(?3 AS text)]")
                + (after == null ? "" : " AND (search_key, subject) > (?4, ?5)")
                + " AND subject <> ?1 AND (visibility = 'PUBLIC' OR visibility = 'FRIENDS' AND " + FRIENDS + ")"
                + " AND NOT " + BLOCK_BETWEEN
                + " ORDER BY search_key, subject LIMIT ?6";
        var query = entityManager.createNativeQuery(sql).setParameter(1, searcher)
                .setParameter(2, escapeLike(prefix)).setParameter(6, limit);
        if (sport != null) {
            query.setParameter(3, sport);
        }
        if (after != null) {
            query.setParameter(4, after.nickname()).setParameter(5, after.subject());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Found(profile(row), new SearchCursor((String) row[5], (String) row[0]))).toList();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PublicProfile profile(Object[] row) {
        String sports = (String) row[3];
        return new PublicProfile((String) row[0], (String) row[1], (String) row[2],
                sports == null || sports.isEmpty() ? List.of() : Arrays.asList(sports.split(",")), (String) row[4]);
    }
}
