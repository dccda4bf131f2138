/** Who is whose friend, who blocks whom and who belongs to which group: interaction-war's facts, as training-war keeps them. */
package app.tempo.training.domain.model.social;
