package app.tempo.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The platform's migrations as every deployed database applied them. Flyway refuses to start on a database whose
 * applied migration changed, so an edit here would take every server down at its next start: add a migration instead.
 */
class MigrationChecksumsTest {

    private static final Map<String, Integer> APPLIED = new LinkedHashMap<>();

    static {
        APPLIED.put("1", -230561563);
        APPLIED.put("1.1", 1981758983);
        APPLIED.put("2", -880568984);
        APPLIED.put("3", 913449206);
        APPLIED.put("4", 275974700);
        APPLIED.put("5", -1755084090);
    }

    @Test
    void appliedMigrationsAreNeverEdited() {
        Map<String, Integer> now = new LinkedHashMap<>();
        List.of(SchemaMigrations.platformMigrations()).forEach(migration -> now.put(migration.getVersion().getVersion(), migration.getChecksum()));
        assertEquals(APPLIED, now);
    }
}
