/**
 * Guaranteed delivery against the real broker process: crashes of the broker and of a consumer, a poison message,
 * a duplicated event. Each proof checks that every accepted completion is applied exactly once.
 */
package it.tempo.delivery;
