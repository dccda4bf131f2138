/** The sensors athletes registered in account-war, as training-war learns them from account events, and which of them each participant attached to a training. */
package app.tempo.training.domain.model.sensor;
