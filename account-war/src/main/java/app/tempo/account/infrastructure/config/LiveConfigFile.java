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
 * edits. It is looked at again at most once a second, so a change takes effect within a second or two of the file
 * changing, without a restart. Its ordinal (500) puts it above environment variables (300), which stay the defaults.
 * A missing file is an empty source; an unreadable one keeps the last values read.
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
        return 500;
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
                LOG.info(() -> "read " + values.size() + " live settings from " + file);
            }
        } catch (NoSuchFileException e) {
            if (seenVersion != null) {
                LOG.info(() -> file + " is gone: the live settings fall back to their defaults");
            }
            values = Map.of();
            seenVersion = null;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot read " + file + "; keeping the live settings read before", e);
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
