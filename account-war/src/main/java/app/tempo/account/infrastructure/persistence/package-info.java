/** JPA (EclipseLink) adapters of the account domain's repositories, on the {@code account} schema. */
package app.tempo.account.infrastructure.persistence;
