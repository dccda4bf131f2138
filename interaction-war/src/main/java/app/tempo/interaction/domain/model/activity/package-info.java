/** The trainings interaction knows of, from training-war's events: group trainings, and who may hear of a completion. */
package app.tempo.interaction.domain.model.activity;
