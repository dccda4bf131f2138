/** Chats: direct between two friends, and one per group; messages, read markers, unread counts. */
package app.tempo.interaction.domain.model.chat;
