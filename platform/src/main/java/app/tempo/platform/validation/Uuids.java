package app.tempo.platform.validation;

/** The textual form of a UUID, for {@code @Pattern} on ids sent in bodies. */
public final class Uuids {

    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String MESSAGE = "must be a UUID";

    private Uuids() {
    }
}
