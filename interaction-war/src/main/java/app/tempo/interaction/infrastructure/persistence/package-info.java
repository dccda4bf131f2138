/** JPA (EclipseLink) adapters of the interaction domain's repositories, on the {@code interaction} schema. */
package app.tempo.interaction.infrastructure.persistence;
