package it.tempo.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.tempo.training.application.TrainingService;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.TrainingPlan;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the training server, in a copy of training-war: an event leaves the WAR only if the transaction that
 * produced it commits.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxTransactionIT {

    private static final String ATHLETE = "arquillian-athlete";

    @Inject
    TrainingService trainings;

    @Deployment
    static WebArchive trainingWarWithThisTest() {
        // a name of its own: "training-war" would merge into the real application's configuration
        return ShrinkWrap.create(WebArchive.class, "outbox-transaction-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tempo.training.war"))))
                .addClass(OutboxTransactionIT.class);
    }

    @Test
    void aCompletionRolledBackLeavesNoTrainingAndNoEvent() throws Exception {
        UUID id = UUID.randomUUID();
        UserTransaction transaction = userTransaction();
        transaction.begin();
        planAndComplete(id); // the same steps that, committed, publish an event (the test below)
        transaction.rollback();

        assertEquals(0, count("SELECT count(*) FROM training.training WHERE id = ?::uuid", id));
        assertEquals(0, count("SELECT count(*) FROM training.outbox_event WHERE aggregate_id = ?", id),
                "a rolled-back transaction leaves no event to publish");
    }

    @Test
    void aCompletionCommittedIsPublished() throws Exception {
        UUID id = UUID.randomUUID();
        UserTransaction transaction = userTransaction();
        transaction.begin();
        planAndComplete(id);
        transaction.commit();

        long deadline = System.currentTimeMillis() + 30_000;
        // training-war's database role sees only its own schema: consumption is proven from outside (TrainingSliceIT)
        while (count("SELECT count(*) FROM training.outbox_event WHERE aggregate_id = ? AND published_at IS NOT NULL", id) == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the committed event was not published within 30 s");
            }
            Thread.sleep(100);
        }
    }

    private void planAndComplete(UUID id) {
        trainings.put(ATHLETE, id, new TrainingPlan(Sport.RIDE, "Inside the server", null, null, null, 60, null, null, null, null), null);
        trainings.complete(ATHLETE, id, new Completion(Instant.parse("2026-11-22T08:00:00Z"), 30000, 3600, List.of(), List.of()), null);
    }

    private static UserTransaction userTransaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }

    private static long count(String sql, UUID id) throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup("jdbc/training");
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, id.toString());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
