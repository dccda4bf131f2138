package it.tempo.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.retention.ExpiringRows;
import app.tempo.platform.retention.RetentionStore;
import app.tempo.platform.sync.ChangeFeed;
import app.tempo.platform.sync.SyncCursor;
import app.tempo.platform.sync.SyncPage;
import app.tempo.training.application.TrainingService;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.TrainingPlan;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the training server: the change feed's cursor never skips a change committed out of order, and a cursor
 * behind a purged tombstone is told to resync. A subject of its own, so no client's feed sees these changes.
 */
@ExtendWith(ArquillianExtension.class)
class SyncFeedIT {

    private static final String DOMAIN = "training";

    @Inject
    TrainingService trainings;

    @Inject
    ChangeFeed feed;

    @Inject
    RetentionStore retention;

    @Deployment
    static WebArchive trainingWarWithThisTest() {
        return ShrinkWrap.create(WebArchive.class, "sync-feed-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tempo.training.war"))))
                .addClass(SyncFeedIT.class);
    }

    /**
     * Transaction A writes first and commits last; B writes and commits in between. A sequence cursor taken after B
     * would have skipped A for ever; this one holds B back until A has ended, then hands out both, A first.
     */
    @Test
    void aChangeCommittedOutOfOrderIsNeverSkipped() throws Exception {
        String subject = "arquillian-sync-" + UUID.randomUUID();
        SyncCursor start = SyncCursor.start(DOMAIN, subject);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        Future<?> held = executor.submit(() -> {
            UserTransaction transaction = userTransaction();
            transaction.begin();
            trainings.put(subject, first, plan("written first, committed last"), null);
            written.countDown();
            release.await(60, TimeUnit.SECONDS);
            transaction.commit();
            return null;
        });
        SyncPage meanwhile;
        try {
            assertTrue(written.await(30, TimeUnit.SECONDS), "transaction A wrote");
            trainings.put(subject, second, plan("written second, committed first"), null);
            meanwhile = feed.page(subject, start, 100);
        } finally {
            release.countDown(); // whatever happens, A must not stay open: it would hold every feed back
        }
        assertEquals(List.of(), ids(meanwhile), "B is held back while A, older, is still running");
        assertTrue(meanwhile.hasMore(), "and the client is told more is coming");

        held.get(30, TimeUnit.SECONDS);
        List<String> after = new ArrayList<>();
        SyncCursor cursor = SyncCursor.decode(meanwhile.cursor());
        for (int page = 0; page < 100; page++) { // another transaction of the server may hold a page back a moment
            SyncPage next = feed.page(subject, cursor, 100);
            after.addAll(ids(next));
            cursor = SyncCursor.decode(next.cursor());
            if (!next.hasMore()) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(List.of(first.toString(), second.toString()), after, "both, A first, each once");
    }

    @Test
    void aCursorOlderThanAPurgedTombstoneMustResyncWhileAFreshStartStillWorks() throws Exception {
        String subject = "arquillian-sync-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        trainings.put(subject, id, plan("deleted long ago"), null);
        SyncPage seen = feed.page(subject, SyncCursor.start(DOMAIN, subject), 100);
        assertEquals(List.of(id.toString()), ids(seen));
        trainings.delete(subject, id, null);
        execute("UPDATE training.sync_change SET changed_at = now() - interval '40 days' WHERE subject = ?", subject);

        assertTrue(retention.deleteBatch(ExpiringRows.SYNC_TOMBSTONES, 30, 1000) >= 1, "the retention purged the tombstone");

        ProblemException refused = assertThrows(ProblemException.class, () -> feed.page(subject, SyncCursor.decode(seen.cursor()), 100));
        assertEquals(410, refused.problem().status());
        assertEquals(List.of(), ids(feed.page(subject, SyncCursor.start(DOMAIN, subject), 100)), "from scratch: nothing to apply");
    }

    private static TrainingPlan plan(String title) {
        return new TrainingPlan(Sport.RUN, title, null, null, null, 30, null, null, null, null);
    }

    private static List<String> ids(SyncPage page) {
        return page.changes().stream().map(SyncPage.Change::id).toList();
    }

    private static UserTransaction userTransaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }

    private static void execute(String sql, String parameter) throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup("jdbc/training");
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
