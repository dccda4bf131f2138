package app.tempo.training.infrastructure.persistence;

import app.tempo.training.domain.model.social.SocialGraph;
import app.tempo.training.domain.model.social.Tie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Table {@code social_tie} (V9); one row per pair, its subjects in the order interaction published them. */
@ApplicationScoped
public class SqlSocialGraph implements SocialGraph {

    private static final String PAIR = "(low_subject = ?1 AND high_subject = ?2 OR low_subject = ?2 AND high_subject = ?1)";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void learn(Tie tie) {
        String low = tie.athletes().get(0);
        String high = tie.athletes().get(1);
        entityManager.createNativeQuery("""
                        INSERT INTO social_tie (low_subject, high_subject, friends, low_blocks_high, high_blocks_low, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (low_subject, high_subject) DO UPDATE SET friends = excluded.friends,
                            low_blocks_high = excluded.low_blocks_high, high_blocks_low = excluded.high_blocks_low, version = excluded.version
                        WHERE social_tie.version < excluded.version""")
                .setParameter(1, low).setParameter(2, high).setParameter(3, tie.friends())
                .setParameter(4, tie.blocking().contains(low)).setParameter(5, tie.blocking().contains(high))
                .setParameter(6, tie.version()).executeUpdate();
    }

    @Override
    public boolean areFriends(String one, String other) {
        return exists("SELECT 1 FROM social_tie WHERE " + PAIR + " AND friends", one, other);
    }

    @Override
    public boolean blocks(String blocker, String blocked) {
        return exists("SELECT 1 FROM social_tie WHERE low_subject = ?1 AND high_subject = ?2 AND low_blocks_high"
                + " OR low_subject = ?2 AND high_subject = ?1 AND high_blocks_low", blocker, blocked);
    }

    @Override
    public void learnMembership(UUID groupId, String subject, boolean member, long version) {
        entityManager.createNativeQuery("""
                        INSERT INTO group_member (group_id, subject, member, version) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (group_id, subject) DO UPDATE SET member = excluded.member, version = excluded.version
                        WHERE group_member.version < excluded.version""")
                .setParameter(1, groupId).setParameter(2, subject).setParameter(3, member).setParameter(4, version).executeUpdate();
    }

    @Override
    public boolean isMember(UUID groupId, String subject) {
        return groupId != null && !entityManager.createNativeQuery("SELECT 1 FROM group_member WHERE group_id = ?1 AND subject = ?2 AND member")
                .setParameter(1, groupId).setParameter(2, subject).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean exists(String sql, String one, String other) {
        return !entityManager.createNativeQuery(sql).setParameter(1, one).setParameter(2, other).setMaxResults(1).getResultList().isEmpty();
    }
}
