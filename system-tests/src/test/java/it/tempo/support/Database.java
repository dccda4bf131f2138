package it.tempo.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads what the servers wrote, to check delivery: outbox rows, inbox records, failures. */
public final class Database {

    private Database() {
    }

    /** Ids of the events training-war wrote for this training. */
    public static List<UUID> eventsOf(UUID trainingId) {
        return eventsOf(List.of(trainingId));
    }

    /** Ids of the events training-war wrote for these trainings. */
    public static List<UUID> eventsOf(List<UUID> trainingIds) {
        return query("SELECT event_id FROM training.outbox_event WHERE aggregate_id = ANY (?) ORDER BY seq", (connection, statement) ->
                statement.setArray(1, connection.createArrayOf("text", trainingIds.stream().map(UUID::toString).toArray())),
                rows -> {
                    List<UUID> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add((UUID) rows.getObject(1));
                    }
                    return ids;
                });
    }

    public static long count(String sql, Object... parameters) {
        return query(sql, (connection, statement) -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
        }, Database::firstLong);
    }

    /** Counts rows whose column matches any of the ids: {@code "... WHERE event_id = ANY (?)"}. */
    public static long countAny(String sql, List<UUID> ids) {
        return query(sql, (connection, statement) -> statement.setArray(1, connection.createArrayOf("uuid", ids.toArray())),
                Database::firstLong);
    }

    /** Waits until the consumer ("account", "interaction") has applied every event of the training. */
    public static void awaitConsumed(String consumer, UUID trainingId) {
        Eventually.await(Duration.ofSeconds(30), () -> {
            List<UUID> events = eventsOf(trainingId);
            return !events.isEmpty() && countAny("SELECT count(*) FROM " + consumer + ".processed_event WHERE event_id = ANY (?)",
                    events) == events.size();
        }, () -> consumer + " consumed the events of training " + trainingId);
    }

    /** The database's clock, which stamps the events. */
    public static Instant now() {
        return query("SELECT now()", (connection, statement) -> { }, rows -> {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        });
    }

    /**
     * Waits until every event written for the subject since {@code since}, by any WAR, has been published and applied
     * by every consumer of its address ({@link Topology}).
     */
    public static void awaitEventsSettled(String subject, Instant since) {
        Eventually.await(Duration.ofSeconds(60), () -> unsettledEvents(subject, since).isEmpty(),
                () -> "events of " + subject + " since " + since + " settled; still waiting for " + unsettledEvents(subject, since));
    }

    private static List<String> unsettledEvents(String subject, Instant since) {
        List<String> schemas = query("SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_event'",
                (connection, statement) -> { }, Database::strings);
        List<String> unsettled = new ArrayList<>();
        for (String schema : schemas) {
            List<String> events = query("SELECT event_id || ' ' || destination || ' ' || (published_at IS NOT NULL) FROM " + schema
                    + ".outbox_event WHERE subject = ? AND occurred_at >= ?", (connection, statement) -> {
                        statement.setString(1, subject);
                        statement.setTimestamp(2, Timestamp.from(since));
                    }, Database::strings);
            for (String event : events) {
                String[] parts = event.split(" ");
                if (!Boolean.parseBoolean(parts[2])) {
                    unsettled.add(parts[0] + " unpublished");
                    continue;
                }
                for (String consumer : Topology.consumersOf(parts[1])) {
                    if (count("SELECT count(*) FROM " + consumer + ".processed_event WHERE event_id = ?::uuid", parts[0]) == 0) {
                        unsettled.add(parts[0] + " not applied by " + consumer);
                    }
                }
            }
        }
        return unsettled;
    }

    private static List<String> strings(ResultSet rows) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(1));
        }
        return values;
    }

    private static long firstLong(ResultSet rows) throws SQLException {
        rows.next();
        return rows.getLong(1);
    }

    private static <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection connection = Stack.database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(connection, statement);
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
