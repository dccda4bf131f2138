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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Reads what the servers wrote, to check delivery: outbox rows, inbox records, failures. */
public final class Database {

    private Database() {
    }

    /** Ids of the TrainingCompleted events training-war wrote for this training. */
    public static List<UUID> eventsOf(UUID trainingId) {
        return eventsOf(List.of(trainingId));
    }

    /**
     * Ids of the TrainingCompleted events training-war wrote for these trainings: the event both account and
     * interaction apply and record in their inboxes (interaction takes some other training events off its queue
     * without recording them), so the delivery suites count these in both.
     */
    public static List<UUID> eventsOf(List<UUID> trainingIds) {
        return eventsOf(trainingIds, "TrainingCompleted");
    }

    /** Ids of the events of this type training-war wrote for these trainings, in the order written. */
    public static List<UUID> eventsOf(List<UUID> trainingIds, String eventType) {
        return query("SELECT event_id FROM training.outbox_event WHERE aggregate_id = ANY (?) AND event_type = ? ORDER BY seq", (connection, statement) -> {
                    statement.setArray(1, connection.createArrayOf("text", trainingIds.stream().map(UUID::toString).toArray()));
                    statement.setString(2, eventType);
                },
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

    /** The first column of the first row, or null when there is none. */
    public static String text(String sql, Object... parameters) {
        return query(sql, (connection, statement) -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
        }, rows -> rows.next() ? rows.getString(1) : null);
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
     * Waits until every event any WAR wrote since {@code since} has been published and every queue of its address is
     * empty at the broker (applied, or dead-lettered, by every consumer of it; {@link Topology}).
     */
    public static void awaitEventsSettled(Instant since) {
        Eventually.await(Duration.ofSeconds(60), () -> unsettled(since).isEmpty(),
                () -> "events since " + since + " settled; still waiting for " + unsettled(since));
    }

    private static List<String> unsettled(Instant since) {
        List<String> schemas = query("SELECT table_schema FROM information_schema.tables WHERE table_name = 'outbox_event'",
                (connection, statement) -> { }, Database::strings);
        List<String> unsettled = new ArrayList<>();
        Set<String> addresses = new TreeSet<>();
        for (String schema : schemas) {
            unsettled.addAll(query("SELECT event_id || ' unpublished' FROM " + schema + ".outbox_event WHERE occurred_at >= ? "
                    + "AND published_at IS NULL", (connection, statement) -> statement.setTimestamp(1, Timestamp.from(since)), Database::strings));
            addresses.addAll(query("SELECT DISTINCT destination FROM " + schema + ".outbox_event WHERE occurred_at >= ?",
                    (connection, statement) -> statement.setTimestamp(1, Timestamp.from(since)), Database::strings));
        }
        for (String address : addresses) {
            for (String consumer : Topology.consumersOf(address)) {
                long waiting = Broker.messageCount(address + "." + consumer);
                if (waiting > 0) {
                    unsettled.add(waiting + " on " + address + "." + consumer);
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
