package app.tempo.account.domain.model.gear;

/** The parts of a bike that wear on their own schedule and are tracked as components. */
public enum ComponentKind {
    CHAIN, CASSETTE, CHAINRING, TYRE, BRAKE_PADS, BOTTOM_BRACKET, OTHER
}
