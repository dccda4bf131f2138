/** Notifications: what happened that an athlete should know, stored until read. */
package app.tempo.interaction.domain.model.notification;
