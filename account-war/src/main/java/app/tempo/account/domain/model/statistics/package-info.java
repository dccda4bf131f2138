/** Completed trainings as the account domain keeps them, and the statistics totalled from them. */
package app.tempo.account.domain.model.statistics;
