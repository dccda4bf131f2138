/** JPA (EclipseLink) adapters of the training domain's repositories, on the {@code training} schema. */
package app.tempo.training.infrastructure.persistence;
