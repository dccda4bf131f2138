/**
 * Completed trainings as the account domain keeps them from training-war's events: the latest result of each, which
 * drives gear wear, sensor uses, the list of trainings and the statistics.
 */
package app.tempo.account.domain.model.completion;
