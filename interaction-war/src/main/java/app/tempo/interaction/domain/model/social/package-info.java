/** Friends and blocks: who may see, message, invite and find whom. */
package app.tempo.interaction.domain.model.social;
