package app.tempo.account.infrastructure.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A MicroProfile Config source read from a properties file that may change while the server runs: a Kubernetes
 * ConfigMap mounted as a volume (whose files the kubelet swaps through a symbolic link), or any file an operator
 * edits. It is looked at again at most once a second, so a change takes effect within about a second of the file
 * changing, without a restart. Its ordinal (700) puts it above every other source (environment 300, system
 * properties 400, Liberty's server.xml variables), which stay the defaults. A missing file is an empty source; an
 * unreadable one keeps the last values read (and says so once). A change is seen through the file's identity,
 * modification time and size: a rewrite in place of the same size within the same millisecond would go unseen, which
 * a ConfigMap's swap (a new file) never is.
 */
public class LiveConfigFile implements ConfigSource {

    static final String LOCATION_VARIABLE = "TEMPO_LIVE_CONFIG_FILE";
    static final String DEFAULT_LOCATION = "/config/live/tempo.properties";
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private static final Logger LOG = Logger.getLogger(LiveConfigFile.class.getName());

    private final Path file;
    private volatile Map<String, String> values = Map.of();
    private volatile Object seenVersion;
    private volatile long checkedAt;
    private volatile boolean unreadable;

    public LiveConfigFile() {
        this(Path.of(System.getenv().getOrDefault(LOCATION_VARIABLE, DEFAULT_LOCATION)));
    }

    LiveConfigFile(Path file) {
        this.file = file;
        checkedAt = System.nanoTime() - RECHECK_NANOS;
    }

    @Override
    public Map<String, String> getProperties() {
        return current();
    }

    @Override
    public Set<String> getPropertyNames() {
        return current().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return current().get(propertyName);
    }

    @Override
    public String getName() {
        return "live configuration file " + file;
    }

    @Override
    public int getOrdinal() {
        return 700;
    }

    private Map<String, String> current() {
        long now = System.nanoTime();
        if (now - checkedAt >= RECHECK_NANOS) {
            synchronized (this) {
                if (now - checkedAt >= RECHECK_NANOS) {
                    reloadIfChanged();
                    checkedAt = System.nanoTime();
                }
            }
        }
        return values;
    }

    private void reloadIfChanged() {
        try {
            // through the link: a ConfigMap's new data is a new file, with its own key and modification time
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object version = versionOf(attributes);
            if (!version.equals(seenVersion)) {
                values = read();
                seenVersion = version;
                unreadable = false;
                LOG.info(() -> "read " + values.size() + " live settings from " + file);
            }
        } catch (NoSuchFileException e) {
            if (seenVersion != null) {
                LOG.info(() -> file + " is gone: the live settings fall back to their defaults");
            }
            values = Map.of();
            seenVersion = null;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (!unreadable) {
                LOG.log(Level.WARNING, "cannot read " + file + "; keeping the live settings read before", e);
            }
            unreadable = true;
        }
    }

    private static Object versionOf(BasicFileAttributes attributes) {
        FileTime modified = attributes.lastModifiedTime();
        return List.of(String.valueOf(attributes.fileKey()), modified.toMillis(), attributes.size());
    }

    private Map<String, String> read() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        Map<String, String> read = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> read.put(name, properties.getProperty(name).strip()));
        return Map.copyOf(read);
    }
}
