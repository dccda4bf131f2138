/** Training's events on Artemis, through the platform outbox; the JSON shape is contracts/events/training. */
package app.tempo.training.infrastructure.messaging;
