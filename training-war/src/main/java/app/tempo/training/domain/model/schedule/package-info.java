/** When a training happens: its recurrence (weekly on given days), its occurrences, and the ones cancelled or moved. */
package app.tempo.training.domain.model.schedule;
