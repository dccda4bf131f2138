package app.tempo.platform.inbox;

/** Applies one event type to the consuming WAR's model, inside the transaction that records the event id. */
@FunctionalInterface
public interface EventHandler {

    void apply(IncomingEvent event);
}
