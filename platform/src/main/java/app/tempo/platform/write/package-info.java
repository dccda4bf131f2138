/**
 * Idempotent, conditional writes for offline clients: the outcomes a write can have and how they answer over HTTP
 * (201/200, 404, 428 without If-Match, 412 with the current state).
 */
package app.tempo.platform.write;
