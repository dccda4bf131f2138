package app.tempo.interaction.interfaces.rest;

/** How an athlete is named in paths and bodies: their SSO subject. */
final class Subjects {

    static final String PATTERN = "[A-Za-z0-9._@:-]{1,255}";
    static final String MESSAGE = "an SSO subject: 1 to 255 letters, digits and . _ @ : -";

    private Subjects() {
    }
}
