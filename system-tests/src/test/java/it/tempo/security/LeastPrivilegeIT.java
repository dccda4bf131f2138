package it.tempo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each WAR's database role owns its schema and nothing else; access logs carry no user names. */
class LeastPrivilegeIT {

    private static final List<String> SCHEMAS = List.of("account", "training", "interaction");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"account", "training", "interaction"})
    void aWarsRoleIsNoSuperuserAndReachesOnlyItsOwnSchema(String schema) throws SQLException {
        try (Connection connection = connectAs(schema); Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery(
                    "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                assertTrue(role.next());
                assertFalse(role.getBoolean(1) || role.getBoolean(2) || role.getBoolean(3), "no superuser, no role or database creation");
            }
            statement.executeQuery("SELECT count(*) FROM " + schema + ".outbox_event").close();
            for (String other : SCHEMAS) {
                if (!other.equals(schema)) {
                    SQLException refused = assertThrows(SQLException.class,
                            () -> statement.executeQuery("SELECT count(*) FROM " + other + ".outbox_event"));
                    assertEquals("42501", refused.getSQLState(), "permission denied on " + other);
                }
            }
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute("CREATE TABLE public.intruder (id int)"));
            assertEquals("42501", refused.getSQLState(), "nothing outside its schema");
        }
    }

    @Test
    void theServersConnectAsTheirOwnRoles() {
        Api.as("alice", Stack.training()).get("/api/v1/training/trainings/" + UUID.randomUUID());
        for (String schema : SCHEMAS) {
            assertTrue(Database.count("SELECT count(*) FROM pg_stat_activity WHERE usename = ?", "tempo_" + schema) > 0,
                    schema + "-war's pool is connected as tempo_" + schema);
        }
    }

    @Test
    void accessLogsNameNoUser() {
        UUID id = UUID.randomUUID();
        Api.as("alice", Stack.training()).get("/api/v1/training/trainings/" + id);
        Path log = Path.of(System.getProperty("tempo.wlp.usr"), "servers", "training", "logs", "http_access.log");
        Eventually.await(Duration.ofSeconds(10), () -> read(log).contains(id.toString()), () -> "the request is logged");
        assertFalse(read(log).contains("alice"), "but not who sent it");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Connection connectAs(String schema) throws SQLException {
        String password = System.getenv().getOrDefault("TEMPO_" + schema.toUpperCase() + "_DB_PASSWORD", "tempo-local-only");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + Stack.number("TEMPO_DB_PORT", 15432) + "/tempo",
                "tempo_" + schema, password);
    }
}
