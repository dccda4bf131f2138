/**
 * Events the account domain consumes from Artemis. Each message-driven bean reads its own durable queue; the
 * records here are the account's own view of other domains' contracts (contracts/events), ignoring unknown fields.
 */
package app.tempo.account.infrastructure.messaging;
