package app.tempo.platform.migration;

/**
 * Version 1.1: each failed delivery records why it failed ({@code UNUSABLE}, {@code TRANSIENT}, {@code UNEXPECTED}),
 * since only unexpected failures count towards dead-lettering.
 */
class DeliveryFailureKinds extends SqlMigration {

    private static final String DDL = """
            ALTER TABLE delivery_failure ADD COLUMN kind text NOT NULL DEFAULT 'UNEXPECTED';
            CREATE INDEX delivery_failure_message ON delivery_failure (consumer, message_id)""";

    DeliveryFailureKinds() {
        super("1.1", "kinds of delivery failures", DDL);
    }
}
