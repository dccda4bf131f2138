/** The athlete's friends and groups, as interaction-war publishes them. */
package app.tempo.account.domain.model.social;
