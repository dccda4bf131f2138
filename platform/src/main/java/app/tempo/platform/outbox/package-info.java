/**
 * Transactional outbox. An event is written to the producer's own {@code outbox_event} table in the transaction that
 * caused it, so it exists only if that transaction commits; the relay then sends it to Artemis as a persistent JSON
 * message and marks it published. A crash between send and mark re-sends it: the broker's duplicate detection
 * ({@code _AMQ_DUPL_ID} = event id) and every consumer's inbox make that harmless.
 */
package app.tempo.platform.outbox;
