package app.tempo.interaction.interfaces.rest;

import java.util.List;

/** The caller's chats with their unread counts and last message; {@code next} is the following page's cursor. */
public record ChatPage(List<Item> items, String next) {

    /** A chat: the caller's place in it, how many messages of others they have not read, the newest message. */
    public record Item(ChatReaderView chat, long unread, ChatMessageView lastMessage) {
    }
}
