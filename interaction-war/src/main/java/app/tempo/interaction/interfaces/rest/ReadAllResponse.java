package app.tempo.interaction.interfaces.rest;

/** How many notifications one call marked read, and how many are still unread (call again while some are left). */
public record ReadAllResponse(int marked, long unread) {
}
