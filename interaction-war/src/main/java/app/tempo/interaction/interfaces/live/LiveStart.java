package app.tempo.interaction.interfaces.live;

import app.tempo.interaction.infrastructure.live.LiveConnections;
import app.tempo.platform.sync.FeedPositions;
import app.tempo.platform.sync.SyncCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where a live channel starts in the athlete's feed: after the cursor the client sends back, or at the head. */
@ApplicationScoped
public class LiveStart {

    @Inject
    LiveConnections connections;

    @Inject
    @ConfigProperty(name = "tempo.db.schema")
    String domain;

    /** {@code cursor} null or empty: only what changes from now on. */
    SyncCursor of(String cursor, String subject) {
        if (cursor == null || cursor.isEmpty()) {
            return connections.head(subject, SyncCursor.start(domain, subject));
        }
        return FeedPositions.of(cursor, domain, subject);
    }
}
