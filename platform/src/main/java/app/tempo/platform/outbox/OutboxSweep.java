package app.tempo.platform.outbox;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Safety net behind the commit signal: once a second the relay looks for rows nobody published (a signal dropped,
 * the broker down at the time, a replica that died with a claim). Also drains what is left from before a restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class OutboxSweep {

    @Inject
    OutboxRelay relay;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void sweep() {
        relay.drainSoon();
    }
}
