package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.social.SocialLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Tables {@code friend_tie} and {@code group_membership} (V5). */
@ApplicationScoped
public class SqlSocialLists implements SocialLists {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void learnTie(String one, String other, boolean friends, Instant changedAt, long version) {
        boolean ordered = one.compareTo(other) < 0;
        entityManager.createNativeQuery("""
                        INSERT INTO friend_tie (low_subject, high_subject, friends, changed_at, version) VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (low_subject, high_subject) DO UPDATE SET friends = excluded.friends,
                            changed_at = excluded.changed_at, version = excluded.version
                        WHERE friend_tie.version < excluded.version""")
                .setParameter(1, ordered ? one : other).setParameter(2, ordered ? other : one).setParameter(3, friends)
                .setParameter(4, changedAt.atOffset(ZoneOffset.UTC)).setParameter(5, version).executeUpdate();
    }

    @Override
    public void learnMembership(UUID groupId, String groupName, String subject, String role, Instant changedAt, long version) {
        entityManager.createNativeQuery("""
                        INSERT INTO group_membership (group_id, subject, group_name, role, changed_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (group_id, subject) DO UPDATE SET group_name = excluded.group_name, role = excluded.role,
                            changed_at = excluded.changed_at, version = excluded.version
                        WHERE group_membership.version < excluded.version""")
                .setParameter(1, groupId).setParameter(2, subject).setParameter(3, groupName).setParameter(4, role)
                .setParameter(5, changedAt.atOffset(ZoneOffset.UTC)).setParameter(6, version).executeUpdate();
    }

    @Override
    public long countFriends(String subject) {
        return count("SELECT count(*) FROM friend_tie WHERE friends AND (low_subject = ?1 OR high_subject = ?1)", subject);
    }

    @Override
    public long countGroups(String subject) {
        return count("SELECT count(*) FROM group_membership WHERE subject = ?1 AND role IS NOT NULL", subject);
    }

    @Override
    public List<Friend> recentFriends(String subject, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT CASE WHEN low_subject = ?1 THEN high_subject ELSE low_subject END, changed_at FROM friend_tie
                        WHERE friends AND (low_subject = ?1 OR high_subject = ?1) ORDER BY changed_at DESC LIMIT ?2""")
                .setParameter(1, subject).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new Friend((String) row[0], instant(row[1]))).toList();
    }

    @Override
    public List<Membership> recentGroups(String subject, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT group_id, group_name, role, changed_at FROM group_membership
                        WHERE subject = ?1 AND role IS NOT NULL ORDER BY changed_at DESC LIMIT ?2""")
                .setParameter(1, subject).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new Membership((UUID) row[0], (String) row[1], (String) row[2], instant(row[3]))).toList();
    }

    private long count(String sql, String subject) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, subject).getSingleResult()).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
