package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.FriendService;
import app.tempo.interaction.domain.model.social.FriendStatus;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.WriteAnswers;
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
 * Friends, named by the other athlete's SSO subject. Both writes say what the caller wants and are idempotent, so an
 * offline queue replays safely: {@code PUT} sends a request, or accepts theirs; {@code DELETE} cancels a request,
 * declines theirs, or ends the friendship.
 */
@Path("friends")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class FriendResource {

    static final int MAX_PAGE = 100;

    @Inject
    FriendService friends;

    @Inject
    RelationshipReplies replies;

    @Inject
    CurrentAthlete athlete;

    /** Friends (by default), or the requests received or sent; in a stable order, {@code limit} per page. */
    @GET
    public FriendPage list(@QueryParam("status") @DefaultValue("FRIENDS") FriendStatus status, @QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        if (status == FriendStatus.NONE) {
            throw ProblemException.invalidField("status", "one of FRIENDS, REQUEST_RECEIVED, REQUEST_SENT");
        }
        List<Relationship> page = friends.list(athlete.subject(), status, IdCursor.parse(cursor), limit);
        return replies.page(page, limit);
    }

    @GET
    @Path("{subject}")
    public Response get(@PathParam("subject") @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE) String subject) {
        Relationship relationship = friends.find(athlete.subject(), subject)
                .filter(found -> found.audience().contains(athlete.subject()))
                .orElseThrow(() -> ProblemException.notFound("Relationship"));
        return WriteAnswers.read(replies.view(relationship), relationship.version());
    }

    /** Asks to be friends, or accepts their request; already friends or already asked: unchanged. */
    @PUT
    @Path("{subject}")
    public Response befriend(@PathParam("subject") @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE) String subject) {
        return replies.act(() -> friends.befriend(athlete.subject(), subject));
    }

    /** Cancels the caller's request, declines theirs, or ends the friendship; nothing of the kind: unchanged. */
    @DELETE
    @Path("{subject}")
    public Response unfriend(@PathParam("subject") @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE) String subject) {
        return replies.act(() -> friends.unfriend(athlete.subject(), subject));
    }
}
