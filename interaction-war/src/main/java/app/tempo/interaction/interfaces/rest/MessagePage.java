package app.tempo.interaction.interfaces.rest;

import java.util.List;

/** A chat's messages, newest first; {@code next} is the cursor of older ones, null at the start of the chat. */
public record MessagePage(List<ChatMessageView> items, String next) {
}
