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
        return uuids("SELECT event_id FROM training.outbox_event WHERE aggregate_id = ? ORDER BY seq", trainingId.toString());
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = Stack.database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    public static List<UUID> uuids(String sql, Object... parameters) {
        try (Connection connection = Stack.database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add((UUID) rows.getObject(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    /** Counts rows whose column matches any of the ids: {@code "... WHERE event_id = ANY (?)"}. */
    public static long countAny(String sql, List<UUID> ids) {
        try (Connection connection = Stack.database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    /** Ids of the events training-war wrote for these trainings. */
    public static List<UUID> eventsOf(List<UUID> trainingIds) {
        try (Connection connection = Stack.database(); PreparedStatement statement = connection.prepareStatement(
                "SELECT event_id FROM training.outbox_event WHERE aggregate_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("text", trainingIds.stream().map(UUID::toString).toArray()));
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add((UUID) rows.getObject(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new AssertionError("query failed", e);
        }
    }

    /** Waits until the consumer ("account", "interaction") has applied every event of the training. */
    public static void awaitConsumed(String consumer, UUID trainingId) {
        Eventually.await(Duration.ofSeconds(30), () -> {
            List<UUID> events = eventsOf(trainingId);
            return !events.isEmpty() && events.stream().allMatch(event -> count(
                    "SELECT count(*) FROM " + consumer + ".processed_event WHERE event_id = ?", event) == 1);
        }, () -> consumer + " consumed the events of training " + trainingId);
    }
}
