/**
 * Idempotent consumption. Each message is applied in one database transaction that also records its event id
 * ({@code processed_event}); a redelivered or duplicated event finds its id there and changes nothing. A message that
 * fails is rolled back to the broker, which redelivers it with back-off and finally moves it to the dead-letter
 * address; each failed attempt is recorded in {@code delivery_failure} for operators.
 */
package app.tempo.platform.inbox;
