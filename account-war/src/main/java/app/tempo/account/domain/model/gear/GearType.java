package app.tempo.account.domain.model.gear;

/** Kinds of gear. */
public enum GearType {
    SHOES, BIKE, COMPONENT, OTHER
}
