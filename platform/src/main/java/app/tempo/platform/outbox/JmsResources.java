package app.tempo.platform.outbox;

import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import javax.naming.NamingException;

/** Where the sender gets its JMS objects: the server's JNDI names in production, fakes in unit tests. */
public interface JmsResources {

    /** A new connection; failing here means the broker (or its resource adapter) is unreachable. */
    Connection connect() throws JMSException, NamingException;

    /** The destination an outbox row names; failing here is that row's problem, not the broker's. */
    Destination destination(String jndiName) throws NamingException;
}
