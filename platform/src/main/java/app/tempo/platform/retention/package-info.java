/**
 * Retention: a timer deletes, in bounded batches, the rows the outbox and inbox no longer need (published outbox
 * rows, inbox records, delivery failures). Unpublished and dead outbox rows are never deleted.
 */
package app.tempo.platform.retention;
