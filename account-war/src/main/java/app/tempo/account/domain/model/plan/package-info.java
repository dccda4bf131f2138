/**
 * The athlete's list of planned trainings — their own and those they are invited to, joined or wait for — kept
 * from training-war's events.
 */
package app.tempo.account.domain.model.plan;
