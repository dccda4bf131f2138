package it.tempo.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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
