package app.tempo.platform.sync;

import app.tempo.platform.json.StrictJsonb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the change feed in the caller's transaction, so the feed is never missing a committed change and never
 * ahead of the data: a resource's row for each user of its audience is replaced by its current state, or by a
 * tombstone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Changes {

    private static final Jsonb JSON = StrictJsonb.create();

    private static final String UPSERT = """
            INSERT INTO sync_change (subject, resource_type, resource_id, version, deleted, data, changed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (subject, resource_type, resource_id) DO UPDATE
            SET seq = nextval(pg_get_serial_sequence('sync_change', 'seq')), tx = pg_current_xact_id(),
                version = excluded.version, deleted = excluded.deleted, data = excluded.data, changed_at = excluded.changed_at""";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    @Any
    Instance<SyncedType<?>> declared;

    @Inject
    Event<FeedChanged> feedChanged;

    private final Map<Class<?>, SyncedType<?>> byEntity = new ConcurrentHashMap<>();

    /** The resource was created or changed: everyone in its audience gets its current state. */
    public <T> void changed(T resource) {
        SyncedType<T> type = typeOf(resource);
        entityManager.flush(); // the version a reader sees is the one this transaction commits
        String shared = type.viewDependsOnReader() ? null : JSON.toJson(type.view(resource)); // one text for all
        Set<String> audience = type.audience(resource);
        audience.forEach(subject -> write(subject, type.type(), type.id(resource), type.version(resource), false,
                shared != null ? shared : JSON.toJson(type.viewFor(resource, subject))));
        announce(audience);
    }

    /** The resource was deleted: everyone in its audience gets a tombstone. */
    public <T> void deleted(T resource) {
        SyncedType<T> type = typeOf(resource);
        entityManager.flush();
        Set<String> audience = type.audience(resource);
        audience.forEach(subject -> write(subject, type.type(), type.id(resource), type.version(resource), true, null));
        announce(audience);
    }

    /** The subject may no longer see the resource: a tombstone for that subject only. */
    public <T> void revoked(T resource, String subject) {
        SyncedType<T> type = typeOf(resource);
        entityManager.flush();
        write(subject, type.type(), type.id(resource), type.version(resource), true, null);
        announce(Set.of(subject));
    }

    private void announce(Set<String> subjects) {
        if (!subjects.isEmpty()) {
            feedChanged.fire(new FeedChanged(Set.copyOf(subjects)));
        }
    }

    private void write(String subject, String type, String id, long version, boolean deleted, String data) {
        entityManager.createNativeQuery(UPSERT)
                .setParameter(1, subject).setParameter(2, type).setParameter(3, id).setParameter(4, version)
                .setParameter(5, deleted).setParameter(6, data)
                .setParameter(7, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private <T> SyncedType<T> typeOf(T resource) {
        return (SyncedType<T>) byEntity.computeIfAbsent(resource.getClass(), entity -> declared.stream()
                .filter(type -> type.entity().isAssignableFrom(entity)).findFirst()
                .orElseThrow(() -> new IllegalStateException(entity.getName() + " is not declared as a SyncedType")));
    }
}
