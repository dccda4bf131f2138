package app.tempo.account.domain.model.profile;

import java.util.Optional;

/** Where profiles are kept, one per SSO subject. */
public interface ProfileRepository {

    Optional<Profile> find(String subject);

    /** Finds it locked for update. */
    Optional<Profile> findForUpdate(String subject);

    /**
     * Finds it locked against updates (as {@link #findForUpdate} and making it do) but not against other shared
     * readers; without a profile, holds its creation off the same way.
     */
    Optional<Profile> findShared(String subject);

    /** Whether another athlete holds this nickname, whatever its case; waits for a concurrent claim of it to end. */
    boolean nicknameTakenByAnother(String nickname, String subject);

    /**
     * Serialises the creation of this subject's profile: two first calls at once create it once. Held until the
     * transaction ends.
     */
    void lockSubject(String subject);

    void add(Profile profile);
}
