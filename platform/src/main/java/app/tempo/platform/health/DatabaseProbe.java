package app.tempo.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether the WAR's database answers right now; a hung server is given up on after two seconds. */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    @ConfigProperty(name = "tempo.datasource")
    String dataSourceName;

    @Resource
    ManagedExecutorService executor;

    public boolean reachable() {
        try (Connection connection = ((DataSource) new InitialContext().lookup(dataSourceName)).getConnection()) {
            limitNetworkWait(connection);
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | NamingException | RuntimeException e) {
            return false;
        }
    }

    /** isValid alone may wait on a half-open socket for the kernel's time-out. */
    private void limitNetworkWait(Connection connection) {
        try {
            connection.setNetworkTimeout(executor, TIMEOUT_SECONDS * 1000);
        } catch (SQLException | RuntimeException unsupported) {
            // isValid's own time-out still applies
        }
    }
}
