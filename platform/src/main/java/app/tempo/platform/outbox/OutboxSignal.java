package app.tempo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * MicroProfile Reactive Messaging's role in Tempo: an in-memory channel, {@code outbox-committed}, from the
 * transactions that wrote outbox rows to the relay. The committing thread only emits a signal; the relay drains
 * on its own thread. The channel keeps only the latest signal ({@code LATEST}): a signal means "there is something
 * to publish", so a burst of commits collapses into one drain, and a dropped signal is caught by the sweep.
 */
@ApplicationScoped
public class OutboxSignal {

    static final String CHANNEL = "outbox-committed";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(OnOverflow.Strategy.LATEST)
    Emitter<String> committed;

    @Inject
    OutboxRelay relay;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        committed.send(appended.eventId().toString());
    }

    @Incoming(CHANNEL)
    public void onCommitted(String eventId) {
        relay.drainSoon();
    }
}
