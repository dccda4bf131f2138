package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.FriendService;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.platform.security.CurrentAthlete;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Whom the caller blocks. A block ends friendship and requests both ways; the blocked athlete can no longer send a
 * request, a message or a training invitation to the caller, nor find them in search. Both writes are idempotent.
 */
@Path("blocks")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class BlockResource {

    @Inject
    FriendService friends;

    @Inject
    RelationshipReplies replies;

    @Inject
    CurrentAthlete athlete;

    @GET
    public FriendPage list(@QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(FriendResource.MAX_PAGE) int limit) {
        List<Relationship> page = friends.blocked(athlete.subject(), IdCursor.parse(cursor), limit);
        return replies.page(page, limit);
    }

    @PUT
    @Path("{subject}")
    public Response block(@PathParam("subject") @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE) String subject) {
        return replies.act(() -> friends.block(athlete.subject(), subject));
    }

    @DELETE
    @Path("{subject}")
    public Response unblock(@PathParam("subject") @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE) String subject) {
        return replies.act(() -> friends.unblock(athlete.subject(), subject));
    }
}
