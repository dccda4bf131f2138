package app.tempo.interaction.application;

import app.tempo.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.Config;

/**
 * Per-athlete rates of the acts that can be used to pester people (README, "Abuse limits"): a fixed window counted in
 * the database, so every replica counts the same; an act over its rate is refused with 429 and Retry-After, and,
 * being refused, is not counted. The count is taken in the act's transaction: a failed act takes nothing.
 * Old windows are removed as the limits are consulted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AbuseLimits {

    /** An act, its default rate and window. Each rate is {@code tempo.limits.<key>} (acts per window). */
    public enum Action {
        FRIEND_REQUEST("friend-requests-per-hour", 30, Duration.ofHours(1)),
        MESSAGE("messages-per-minute", 60, Duration.ofMinutes(1)),
        GROUP_JOIN("group-joins-per-hour", 30, Duration.ofHours(1));

        final String key;
        final int defaultRate;
        final Duration window;

        Action(String key, int defaultRate, Duration window) {
            this.key = key;
            this.defaultRate = defaultRate;
            this.window = window;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Config config;

    public void take(String subject, Action action) {
        long windowMillis = action.window.toMillis();
        long now = System.currentTimeMillis();
        Instant start = Instant.ofEpochMilli(now - now % windowMillis);
        Number taken = (Number) entityManager.createNativeQuery("""
                        INSERT INTO rate_window (subject, action, window_start, taken) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (subject, action, window_start) DO UPDATE SET taken = rate_window.taken + 1
                        RETURNING taken""")
                .setParameter(1, subject).setParameter(2, action.name()).setParameter(3, start.atOffset(ZoneOffset.UTC)).getSingleResult();
        int rate = config.getOptionalValue("tempo.limits." + action.key, Integer.class).orElse(action.defaultRate);
        if (taken.intValue() > rate) {
            long retryAfter = (start.toEpochMilli() + windowMillis - now + 999) / 1000;
            throw ProblemException.tooMany("At most " + rate + " per " + describe(action.window) + " (" + action.key + ")", retryAfter);
        }
        if (taken.intValue() == 1) {
            entityManager.createNativeQuery("DELETE FROM rate_window WHERE subject = ?1 AND action = ?2 AND window_start < ?3")
                    .setParameter(1, subject).setParameter(2, action.name()).setParameter(3, start.atOffset(ZoneOffset.UTC)).executeUpdate();
        }
    }

    private static String describe(Duration window) {
        return window.toHours() >= 1 ? "hour" : "minute";
    }
}
