/**
 * Events the interaction domain consumes from Artemis, each on its own durable queue; the records here are the
 * interaction's own view of other domains' contracts (contracts/events), ignoring unknown fields.
 */
package app.tempo.interaction.infrastructure.messaging;
