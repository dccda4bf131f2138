package app.tempo.platform.outbox;

import java.util.UUID;

/** CDI event: an outbox row was written in the current transaction. */
public record OutboxAppended(UUID eventId) {
}
