package app.tempo.interaction.interfaces.live;

import app.tempo.interaction.infrastructure.live.LiveConnections;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.security.TokenChecks;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The live channel over a WebSocket, for mobile clients that send {@code Authorization: Bearer …} on the handshake
 * (web.xml requires a verified token for this path, as MP JWT checks it for every endpoint). Frames are JSON: a
 * {@code ready} frame with the starting cursor, then {@code changes} frames (a page of changes and the cursor after
 * them), and {@code heartbeat} frames. Resume with {@code ?cursor=}. Closed with 1008 when the token expires.
 */
@ServerEndpoint("/live/socket")
public class LiveSocket {

    private SocketConnection connection;

    @OnOpen
    public void open(Session session) throws IOException {
        if (!(session.getUserPrincipal() instanceof JsonWebToken token)) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "A valid access token is required"));
            return;
        }
        String refusal = bean(TokenChecks.class).refusalOf(token);
        if (refusal != null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, refusal));
            return;
        }
        List<String> cursors = session.getRequestParameterMap().getOrDefault("cursor", List.of());
        try {
            connection = new SocketConnection(token.getSubject(), bean(LiveStart.class).of(cursors.isEmpty() ? null : cursors.get(0),
                    token.getSubject()), Instant.ofEpochSecond(token.getExpirationTime()), session);
            bean(LiveConnections.class).open(connection);
        } catch (ProblemException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, e.getMessage())); // a cursor that is none, or another feed's
        } catch (RuntimeException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "The channel could not be opened: reconnect"));
            throw e;
        }
    }

    @OnClose
    public void close(Session session) {
        if (connection != null) {
            bean(LiveConnections.class).gone(connection);
        }
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        close(session);
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
