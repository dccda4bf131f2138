package app.tempo.platform.outbox;

import jakarta.json.JsonObject;

/**
 * An integration event a domain announces.
 *
 * @param destination JNDI name of the JMS topic it goes to
 * @param source      CloudEvents source, e.g. {@code tempo/training}
 * @param type        event type, e.g. {@code TrainingCompleted}
 * @param version     schema version of {@code data}
 * @param subject     SSO subject of the athlete the event is about
 * @param aggregateId id of the aggregate: orders the aggregate's events (Artemis message group)
 * @param data        the payload, as in {@code contracts/events}
 */
public record NewEvent(String destination, String source, String type, int version, String subject,
                       String aggregateId, JsonObject data) {
}
