package app.tempo.platform.outbox;

import app.tempo.platform.telemetry.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Appends events to the outbox inside the caller's transaction; they leave the WAR only if it commits. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Event<OutboxAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(NewEvent event) {
        UUID eventId = UUID.randomUUID();
        Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(new OutboxMessage(eventId, event, occurredAt, CloudEventJson.render(eventId, occurredAt, event),
                TraceContext.current()));
        // inserted now: EclipseLink writes a transaction's new rows in no set order at commit, and the row's seq (the
        // order the relay publishes in) must follow the order the events were appended in
        entityManager.flush();
        appended.fire(new OutboxAppended(eventId));
        return eventId;
    }
}
