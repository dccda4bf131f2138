/** The athletes interaction knows of: the public part of their profiles, as account-war publishes it. */
package app.tempo.interaction.domain.model.people;
