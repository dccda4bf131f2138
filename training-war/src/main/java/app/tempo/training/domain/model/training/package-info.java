/** The Training aggregate: a planned or recorded session of one sport, owned by one athlete. */
package app.tempo.training.domain.model.training;
