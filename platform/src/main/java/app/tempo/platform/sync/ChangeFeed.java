package app.tempo.platform.sync;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one user's feed after a cursor. Only changes of transactions older than the oldest one still running are
 * returned: a transaction that started earlier but commits later would otherwise write a change behind a cursor the
 * client already holds. Such changes make {@code hasMore} true until they can be handed out.
 */
@ApplicationScoped
@Transactional
public class ChangeFeed {

    // the text column is aliased: "ORDER BY tx" would otherwise sort by the output column tx::text, as text
    private static final String PAGE = """
            SELECT seq, tx::text AS tx_text, resource_type, resource_id, version, deleted, data FROM sync_change
            WHERE subject = ?1 AND (tx, seq) > (?2::xid8, ?3) AND tx < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY sync_change.tx, seq LIMIT ?4""";
    private static final String PENDING = """
            SELECT count(*) FROM sync_change
            WHERE subject = ?1 AND (tx, seq) > (?2::xid8, ?3) AND tx >= pg_snapshot_xmin(pg_current_snapshot())""";
    private static final String BEHIND_HORIZON = "SELECT count(*) FROM sync_horizon WHERE subject = ?1 AND (?2::xid8, ?3) < (tx, seq)";

    private static final String HEAD = """
            SELECT tx::text AS tx_text, seq FROM sync_change
            WHERE subject = ?1 AND tx < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY sync_change.tx DESC, seq DESC LIMIT 1""";

    @PersistenceContext
    EntityManager entityManager;

    /** The position after everything the user can be handed now: where a live channel opened without a cursor starts. */
    public SyncCursor head(String subject, SyncCursor start) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(HEAD).setParameter(1, subject).getResultList();
        return rows.isEmpty() ? start : start.after((String) rows.get(0)[0], ((Number) rows.get(0)[1]).longValue());
    }

    public SyncPage page(String subject, SyncCursor cursor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(PAGE).setParameter(1, subject).setParameter(2, cursor.tx())
                .setParameter(3, cursor.seq()).setParameter(4, limit + 1).getResultList();
        // after the read: a purge that removed what this page needed has moved the horizon past the cursor by now;
        // from the start nothing purged is needed (a client without a cursor has nothing to delete)
        if (!cursor.isStart() && count(BEHIND_HORIZON, subject, cursor.tx(), cursor.seq()) > 0) {
            throw new ProblemException(ProblemType.RESYNC_REQUIRED, "Changes after this cursor were purged (tombstones are kept "
                    + "for a limited time): drop the local copy of this domain and sync again without a cursor");
        }
        boolean more = rows.size() > limit;
        List<SyncPage.Change> changes = new ArrayList<>();
        SyncCursor next = cursor;
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            boolean deleted = (Boolean) row[5];
            changes.add(new SyncPage.Change((String) row[2], (String) row[3], ((Number) row[4]).longValue(), deleted,
                    deleted || row[6] == null ? null : parse((String) row[6])));
            next = cursor.after((String) row[1], ((Number) row[0]).longValue());
        }
        if (!more) {
            more = count(PENDING, subject, next.tx(), next.seq()) > 0;
        }
        return new SyncPage(changes, next.encode(), more);
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
