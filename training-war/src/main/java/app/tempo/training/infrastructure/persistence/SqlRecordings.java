package app.tempo.training.infrastructure.persistence;

import app.tempo.training.domain.model.recording.Recordings;
import app.tempo.training.domain.model.recording.Result;
import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.domain.model.training.TrainingMemberKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Samples go through JDBC on the transaction's own connection: a batch of thousands is one INSERT of arrays
 * ({@code unnest}), and a summary reads them as plain rows, without an entity per sample.
 */
@ApplicationScoped
public class SqlRecordings implements Recordings {

    private static final String INSERT_SAMPLES = """
            INSERT INTO sample (training_id, subject, at, heart_rate, cadence, power, speed, latitude, longitude, altitude)
            SELECT ?, ?, * FROM unnest(?::timestamptz[], ?::int[], ?::int[], ?::int[], ?::float8[], ?::float8[], ?::float8[], ?::float8[])
            ON CONFLICT (training_id, subject, at) DO NOTHING""";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public boolean hasBatch(UUID trainingId, String subject, UUID batchId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM recording_batch WHERE training_id = ?1 AND subject = ?2 AND batch_id = ?3")
                .setParameter(1, trainingId).setParameter(2, subject).setParameter(3, batchId).getResultList().isEmpty();
    }

    @Override
    public void addBatch(UUID trainingId, String subject, UUID batchId, List<Sample> samples) {
        entityManager.createNativeQuery("INSERT INTO recording_batch (training_id, subject, batch_id, samples, received_at) VALUES (?1, ?2, ?3, ?4, now())")
                .setParameter(1, trainingId).setParameter(2, subject).setParameter(3, batchId).setParameter(4, samples.size())
                .executeUpdate();
        Connection connection = entityManager.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SAMPLES)) {
            insert.setObject(1, trainingId);
            insert.setString(2, subject);
            // instants as ISO text in UTC: pgjdbc writes a Timestamp array element in the JVM's zone without an offset,
            // which folds the hour the clocks go back into one
            insert.setArray(3, array(connection, "text", samples, sample -> sample.at().toString()));
            insert.setArray(4, array(connection, "int4", samples, Sample::heartRate));
            insert.setArray(5, array(connection, "int4", samples, Sample::cadence));
            insert.setArray(6, array(connection, "int4", samples, Sample::power));
            insert.setArray(7, array(connection, "float8", samples, Sample::speed));
            insert.setArray(8, array(connection, "float8", samples, Sample::latitude));
            insert.setArray(9, array(connection, "float8", samples, Sample::longitude));
            insert.setArray(10, array(connection, "float8", samples, Sample::altitude));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("samples not stored", e);
        }
    }

    @Override
    public long count(UUID trainingId, String subject) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM sample WHERE training_id = ?1 AND subject = ?2")
                .setParameter(1, trainingId).setParameter(2, subject).getSingleResult()).longValue();
    }

    @Override
    public List<Sample> samples(UUID trainingId, String subject) {
        Connection connection = entityManager.unwrap(Connection.class);
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT at, heart_rate, cadence, power, speed, latitude, longitude, altitude FROM sample
                WHERE training_id = ? AND subject = ? ORDER BY at""")) {
            select.setObject(1, trainingId);
            select.setString(2, subject);
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                List<Sample> samples = new ArrayList<>();
                while (rows.next()) {
                    samples.add(new Sample(rows.getObject(1, OffsetDateTime.class).toInstant(), (Integer) rows.getObject(2), (Integer) rows.getObject(3),
                            (Integer) rows.getObject(4), (Double) rows.getObject(5), (Double) rows.getObject(6), (Double) rows.getObject(7),
                            (Double) rows.getObject(8)));
                }
                return samples;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("samples not read", e);
        }
    }

    @Override
    public Optional<Result> result(UUID trainingId, String subject) {
        return Optional.ofNullable(entityManager.find(Result.class, new TrainingMemberKey(trainingId, subject)));
    }

    @Override
    public void add(Result result) {
        entityManager.persist(result);
    }

    @Override
    public List<Result> results(UUID trainingId) {
        return entityManager.createQuery("SELECT r FROM Result r WHERE r.trainingId = :training", Result.class)
                .setParameter("training", trainingId).getResultList();
    }

    @Override
    public void removeAll(UUID trainingId) {
        for (String table : List.of("sample", "recording_batch", "result")) {
            entityManager.createNativeQuery("DELETE FROM " + table + " WHERE training_id = ?1").setParameter(1, trainingId).executeUpdate();
        }
    }

    private static <T> Array array(Connection connection, String type, List<Sample> samples, Function<Sample, T> field)
            throws SQLException {
        return connection.createArrayOf(type, samples.stream().map(field).toArray());
    }
}
