package it.tempo.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The local stack as ./tempo runs it; every address honours the same TEMPO_* variables with the same defaults. */
public final class Stack {

    private Stack() {
    }

    /** A number the stack takes from the environment (a port, a broker setting), with ./tempo's default. */
    public static int number(String variable, int defaultValue) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value);
    }

    public static URI gateway() {
        return local(number("TEMPO_GATEWAY_PORT", 18000));
    }

    public static URI account() {
        return local(number("TEMPO_ACCOUNT_PORT", 19081));
    }

    public static URI training() {
        return local(number("TEMPO_TRAINING_PORT", 19082));
    }

    public static URI interaction() {
        return local(number("TEMPO_INTERACTION_PORT", 19083));
    }

    public static URI allInOne() {
        return local(number("TEMPO_ALL_IN_ONE_PORT", 19090));
    }

    public static String ssoIssuer() {
        return "http://localhost:" + number("TEMPO_SSO_PORT", 18080) + "/realms/tempo";
    }

    public static String brokerUrl() {
        return "tcp://127.0.0.1:" + number("TEMPO_BROKER_PORT", 61716);
    }

    public static String brokerPassword() {
        return envOr("TEMPO_BROKER_PASSWORD", "tempo-local-only");
    }

    /** A connection to the tempo database, for checking what the servers wrote. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + number("TEMPO_DB_PORT", 15432) + "/tempo",
                "tempo", envOr("TEMPO_DB_PASSWORD", "tempo-local-only"));
    }

    /** Runs {@code ./tempo ARGS} (start, stop, kill a component) and fails the test if it fails. */
    public static void tempo(String... args) {
        tempoWith(Map.of(), args);
    }

    /** Like {@link #tempo}, with some of ./tempo's variables set (e.g. a broker setting for one fault). */
    public static void tempoWith(Map<String, String> variables, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root().resolve("tempo").toString());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).inheritIO();
            builder.environment().putAll(variables);
            Process process = builder.start();
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("./tempo " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run ./tempo", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Where ./tempo keeps the stack's data and logs ({@code TEMPO_RUN_DIR}). */
    public static Path runDir() {
        String configured = System.getenv("TEMPO_RUN_DIR");
        return configured == null || configured.isBlank() ? root().resolve("stack/target/run") : root().resolve(configured);
    }

    /** The broker configuration the stack runs with: its addresses and queues are the event topology. */
    public static Path brokerConfig() {
        return root().resolve("stack/src/main/artemis/broker.xml");
    }

    private static Path root() {
        return Path.of(System.getProperty("tempo.root", "..")).toAbsolutePath().normalize();
    }

    private static URI local(int port) {
        return URI.create("http://localhost:" + port);
    }

    public static String envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
