package app.tempo.platform.retention;

/**
 * What retention deletes, one table each. Every statement deletes one bounded batch: at most {@code ?2} rows older
 * than {@code ?1} days, skipping rows another replica's purge (or the relay) holds locked, so replicas purging at
 * once neither wait for nor deadlock with each other. No index serves these scans on purpose: a scan every ten
 * minutes costs less than an index maintained on every publish and every consumed event.
 */
public enum ExpiringRows {

    /**
     * Published outbox rows. {@code published_at < …} is never true for an unpublished row (NULL compares to
     * nothing), and a dead row waits for an operator, so neither is ever deleted.
     */
    PUBLISHED_OUTBOX_EVENTS("""
            DELETE FROM outbox_event
             WHERE event_id IN (SELECT event_id FROM outbox_event
                                 WHERE published_at < now() - make_interval(days => ?1)
                                   AND dead_at IS NULL
                                 LIMIT ?2 FOR UPDATE SKIP LOCKED)"""),

    /**
     * The consumers' inbox. A row may go only once no duplicate of its event can arrive any more: the relay re-sends
     * a row at most a lease (30 s) after a crash between send and "mark published"; the broker's duplicate-id cache
     * (the last 100,000 ids, a count, not a time) stops most of those; redeliveries come within seconds. The retention
     * period must exceed all of these by far.
     */
    PROCESSED_EVENTS("""
            DELETE FROM processed_event
             WHERE (consumer, event_id) IN (SELECT consumer, event_id FROM processed_event
                                             WHERE processed_at < now() - make_interval(days => ?1)
                                             LIMIT ?2 FOR UPDATE SKIP LOCKED)"""),

    /** The record of failed deliveries, kept for operators. */
    DELIVERY_FAILURES("""
            DELETE FROM delivery_failure
             WHERE id IN (SELECT id FROM delivery_failure
                           WHERE failed_at < now() - make_interval(days => ?1)
                           LIMIT ?2 FOR UPDATE SKIP LOCKED)"""),

    /**
     * The sync feed's tombstones. Each user's horizon moves past the newest of theirs deleted, in the same statement,
     * so a cursor older than a purged tombstone is told to resync (410) instead of silently missing the deletion.
     * Counted by a SELECT, as the statement ends with one.
     */
    SYNC_TOMBSTONES("""
            WITH purged AS (
                DELETE FROM sync_change
                 WHERE (subject, resource_type, resource_id) IN (
                       SELECT subject, resource_type, resource_id FROM sync_change
                        WHERE deleted AND changed_at < now() - make_interval(days => ?1)
                        LIMIT ?2 FOR UPDATE SKIP LOCKED)
                RETURNING subject, tx, seq),
            newest AS (SELECT DISTINCT ON (subject) subject, tx, seq FROM purged ORDER BY subject, tx DESC, seq DESC),
            moved AS (
                INSERT INTO sync_horizon (subject, tx, seq) SELECT subject, tx, seq FROM newest
                ON CONFLICT (subject) DO UPDATE SET tx = excluded.tx, seq = excluded.seq
                 WHERE (excluded.tx, excluded.seq) > (sync_horizon.tx, sync_horizon.seq)
                RETURNING 1)
            SELECT count(*) FROM purged"""),

    /**
     * The devices' recorded mutations. Each device's newest stays, so its next expected id is still known and an old
     * queue replayed after the retention is told it is behind (409) rather than applied again.
     */
    SYNC_MUTATIONS("""
            DELETE FROM sync_mutation
             WHERE (subject, device_id, mutation_id) IN (
                   SELECT subject, device_id, mutation_id FROM sync_mutation m
                    WHERE recorded_at < now() - make_interval(days => ?1)
                      AND mutation_id < (SELECT max(mutation_id) FROM sync_mutation n
                                          WHERE n.subject = m.subject AND n.device_id = m.device_id)
                    LIMIT ?2 FOR UPDATE SKIP LOCKED)"""),

    /** Answers kept for {@code Idempotency-Key}s: a client retries within minutes, not after the retention. */
    IDEMPOTENCY_KEYS("""
            DELETE FROM idempotent_request
             WHERE (subject, idempotency_key) IN (SELECT subject, idempotency_key FROM idempotent_request
                                                   WHERE recorded_at < now() - make_interval(days => ?1)
                                                   LIMIT ?2 FOR UPDATE SKIP LOCKED)""");

    final String deleteBatch;

    ExpiringRows(String deleteBatch) {
        this.deleteBatch = deleteBatch;
    }

    boolean countsWithSelect() {
        return this == SYNC_TOMBSTONES;
    }
}
