package app.tempo.platform.migration;

/**
 * Version 3: the inbox remembers how often an event reached its consumer: {@code delivery_count} is the broker's
 * delivery count of the delivery that applied it (above 1 after a rollback or a crash), {@code duplicates} counts
 * deliveries that found it applied already. Operators see redeliveries, and the fault tests prove that
 * deduplication was exercised, not merely never needed.
 */
class DeliveryCounts extends SqlMigration {

    private static final String[] DDL = {
        "ALTER TABLE processed_event ADD COLUMN delivery_count integer NOT NULL DEFAULT 1",
        "ALTER TABLE processed_event ADD COLUMN duplicates integer NOT NULL DEFAULT 0"
    };

    DeliveryCounts() {
        super("3", "delivery counts in the inbox", DDL);
    }
}
