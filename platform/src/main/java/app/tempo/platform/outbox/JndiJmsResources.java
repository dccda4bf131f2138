package app.tempo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server-managed, pooled connection factory and the destinations the server defines. Looked up on every call:
 * Liberty may restart the resource adapter on a configuration change.
 */
@ApplicationScoped
public class JndiJmsResources implements JmsResources {

    @Inject
    @ConfigProperty(name = "tempo.jms.connection-factory", defaultValue = "jms/tempo")
    String connectionFactoryName;

    @Override
    public Connection connect() throws JMSException, NamingException {
        return lookup(ConnectionFactory.class, connectionFactoryName).createConnection();
    }

    @Override
    public Destination destination(String jndiName) throws NamingException {
        return lookup(Destination.class, jndiName);
    }

    private static <T> T lookup(Class<T> type, String jndiName) throws NamingException {
        return type.cast(new InitialContext().lookup(jndiName));
    }
}
