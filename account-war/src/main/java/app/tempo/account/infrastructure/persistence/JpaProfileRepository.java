package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaProfileRepository implements ProfileRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Profile> find(String subject) {
        return Optional.ofNullable(entityManager.find(Profile.class, subject));
    }

    @Override
    public Optional<Profile> findForUpdate(String subject) {
        return Optional.ofNullable(entityManager.find(Profile.class, subject, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Profile> findShared(String subject) {
        boolean exists = !entityManager.createNativeQuery("SELECT 1 FROM profile WHERE subject = ? FOR SHARE")
                .setParameter(1, subject).getResultList().isEmpty();
        if (!exists) {
            entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 7))) AS locked")
                    .setParameter(1, "profile:" + subject).getSingleResult();
            return Optional.empty();
        }
        return find(subject);
    }

    @Override
    public boolean nicknameTakenByAnother(String nickname, String subject) {
        // claims of one nickname queue up on this lock until their transactions end, so two athletes cannot both
        // see it free (the unique index would refuse the second at commit; this answers it with a clear 409)
        lock("nickname:" + nickname.toLowerCase(Locale.ROOT));
        return !entityManager.createNativeQuery("SELECT 1 FROM profile WHERE lower(nickname) = lower(?) AND subject <> ?")
                .setParameter(1, nickname).setParameter(2, subject).getResultList().isEmpty();
    }

    @Override
    public void lockSubject(String subject) {
        lock("profile:" + subject);
    }

    private void lock(String key) {
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 7))) AS locked").setParameter(1, key)
                .getSingleResult();
    }

    @Override
    public void add(Profile profile) {
        entityManager.persist(profile);
    }
}
