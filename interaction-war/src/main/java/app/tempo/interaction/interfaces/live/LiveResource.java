package app.tempo.interaction.interfaces.live;

import app.tempo.interaction.infrastructure.live.LiveConnections;
import app.tempo.platform.security.CurrentAthlete;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The live channel over Server-Sent Events, for browsers (opened with {@code fetch()} and the Authorization header)
 * and any HTTP client: the caller's interaction feed (notifications, chat messages, friends, groups) as it changes.
 */
@Path("live")
@RequestScoped
@RolesAllowed("athlete")
public class LiveResource {

    @Inject
    LiveConnections connections;

    @Inject
    LiveStart start;

    @Inject
    CurrentAthlete athlete;

    @Inject
    JsonWebToken token;

    /**
     * Opens the stream: a {@code ready} event (its id the starting cursor), then a {@code change} event per change.
     * Resumes after {@code Last-Event-ID} (or {@code cursor}, the same value) without losing or skipping a change;
     * without either, starts with what changes from now on. Comments every 15 s keep proxies from closing it; it
     * ends (an {@code end} event) when the token expires.
     */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The caller's live channel (Server-Sent Events)")
    @APIResponse(responseCode = "200", description = "events ready, change (a feed change as JSON), end; comments as heartbeats",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
                       @QueryParam("cursor") String cursor) {
        String subject = athlete.subject();
        String from = lastEventId != null && !lastEventId.isEmpty() ? lastEventId : cursor;
        SseConnection connection = new SseConnection(subject, start.of(from, subject), Instant.ofEpochSecond(token.getExpirationTime()),
                sink, sse);
        connections.open(connection);
    }
}
