package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.GroupService;
import app.tempo.interaction.domain.model.activity.KnownTraining;
import app.tempo.interaction.domain.model.group.Group;
import app.tempo.interaction.domain.model.group.GroupRuleViolation;
import app.tempo.interaction.domain.model.group.Membership;
import app.tempo.platform.http.EntityTags;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.LostRaces;
import app.tempo.platform.write.WriteAnswers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Groups with client-chosen ids. Anyone signed in reads a group's description; its members, trainings and chat are
 * for members. Joining, leaving and the owner's and admins' acts are idempotent, like the offline rules ask.
 */
@Path("groups")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    static final int MAX_PAGE = 100;
    /**
     * Marks the operations on a resource several athletes share: any signed-in athlete reaches a group by its id (to
     * find it and ask to join) and its roles decide the rest (403, not 404); a chat belongs to all its readers. The
     * object-level suite, which attacks one athlete's resources with another's requests, leaves them to GroupsIT and
     * ChatsIT.
     */
    static final String SHARED = "x-tempo-shared";

    @Inject
    GroupService groups;

    @Inject
    CurrentAthlete athlete;

    /** The caller's groups and requests, in group id order. */
    @GET
    public GroupPage mine(@QueryParam("cursor") String cursor,
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        List<Membership> page = groups.membershipsOf(athlete.subject(), IdCursor.parse(cursor), limit);
        String next = page.size() == limit ? page.get(page.size() - 1).groupId().toString() : null;
        return new GroupPage(page.stream().flatMap(membership -> groups.find(membership.groupId()).stream()
                .map(group -> new GroupPage.Item(GroupView.of(group), MembershipView.of(membership)))).toList(), next);
    }

    @GET
    @Path("{id}")
    @Extension(name = SHARED, value = "true")
    public Response get(@PathParam("id") UUID id) {
        Group group = groups.find(id).orElseThrow(() -> ProblemException.notFound("Group"));
        return WriteAnswers.read(GroupView.of(group), group.version());
    }

    /** Founds the group with the caller as its owner, or re-describes it (owner or admin; If-Match). */
    @PUT
    @Path("{id}")
    @Extension(name = SHARED, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull GroupRequest request) {
        return WriteAnswers.answer(LostRaces.retry(() -> groups.put(athlete.subject(), id, request.toDetails(), EntityTags.versionIn(ifMatch))),
                "Group", GroupView::of, Group::version);
    }

    /** The owner deletes the group; everyone leaves it. Repeating it, or deleting a missing id, succeeds. */
    @DELETE
    @Path("{id}")
    @Extension(name = SHARED, value = "true")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return WriteAnswers.answer(LostRaces.retry(() -> groups.delete(athlete.subject(), id, EntityTags.versionIn(ifMatch))),
                "Group", GroupView::of, Group::version);
    }

    @GET
    @Path("{id}/members")
    @Extension(name = SHARED, value = "true")
    public MemberPage members(@PathParam("id") UUID id) {
        return new MemberPage(groups.members(id, athlete.subject()).orElseThrow(() -> ProblemException.notFound("Group"))
                .stream().map(MembershipView::of).toList());
    }

    /** The group's trainings by planned start (from training-war's events). */
    @GET
    @Path("{id}/trainings")
    @Extension(name = SHARED, value = "true")
    public GroupTrainingPage trainings(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        TrainingCursor after = TrainingCursor.parse(cursor);
        List<KnownTraining> page = groups.trainings(id, athlete.subject(), after == null ? null : after.start(),
                after == null ? null : after.id(), limit).orElseThrow(() -> ProblemException.notFound("Group"));
        // trainings without a planned start come last
        String next = page.size() == limit ? TrainingCursor.format(page.get(page.size() - 1)) : null;
        return new GroupTrainingPage(page.stream().map(training -> new GroupTrainingPage.Item(training.trainingId(), training.owner(),
                training.sport(), training.title(), training.plannedStart(), training.status())).toList(), next);
    }

    /** Joins an open group, or asks to join a closed one; already in it or asked: unchanged. */
    @PUT
    @Path("{id}/membership")
    @Extension(name = SHARED, value = "true")
    public Response join(@PathParam("id") UUID id) {
        return membership(id, () -> groups.join(athlete.subject(), id));
    }

    /** Leaves the group, or withdraws the request; the owner hands the group over first. */
    @DELETE
    @Path("{id}/membership")
    @Extension(name = SHARED, value = "true")
    public Response leave(@PathParam("id") UUID id) {
        act(() -> groups.leave(athlete.subject(), id));
        return Response.noContent().build();
    }

    /** An owner or admin approves a request to join. */
    @POST
    @Path("{id}/approvals")
    @Extension(name = SHARED, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupView approve(@PathParam("id") UUID id, @Valid @NotNull MemberRequest request) {
        return GroupView.of(act(() -> groups.approve(athlete.subject(), id, request.subject())));
    }

    /** An owner or admin removes a member or declines a request. */
    @POST
    @Path("{id}/removals")
    @Extension(name = SHARED, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupView remove(@PathParam("id") UUID id, @Valid @NotNull MemberRequest request) {
        return GroupView.of(act(() -> groups.remove(athlete.subject(), id, request.subject())));
    }

    /** The owner makes a member an admin, or an admin a member. */
    @POST
    @Path("{id}/roles")
    @Extension(name = SHARED, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupView setRole(@PathParam("id") UUID id, @Valid @NotNull RoleRequest request) {
        return GroupView.of(act(() -> groups.setRole(athlete.subject(), id, request.subject(), request.role().toGroupRole())));
    }

    /** The owner hands the group to a member and stays as an admin. */
    @POST
    @Path("{id}/ownership")
    @Extension(name = SHARED, value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    public GroupView handOver(@PathParam("id") UUID id, @Valid @NotNull MemberRequest request) {
        return GroupView.of(act(() -> groups.handOver(athlete.subject(), id, request.subject())));
    }

    private Response membership(UUID id, Supplier<Optional<Group>> act) {
        act(act);
        // a leave or a deletion may have come between the join and this read
        return Response.ok(groups.membership(id, athlete.subject()).map(MembershipView::of)
                .orElseThrow(() -> ProblemException.notFound("Membership"))).build();
    }

    private Group act(Supplier<Optional<Group>> act) {
        try {
            return LostRaces.retry(act).orElseThrow(() -> ProblemException.notFound("Group"));
        } catch (GroupRuleViolation violation) {
            throw violation.isPermission() ? ProblemException.forbidden(violation.getMessage())
                    : new ProblemException(ProblemType.CONFLICT, violation.getMessage());
        }
    }

    /** The position in a group's trainings list: planned start (null: none, such come last) and id of the last one. */
    record TrainingCursor(Instant start, UUID id) {

        private static final String NO_START = "none";

        static String format(KnownTraining training) {
            return (training.plannedStart() == null ? NO_START : training.plannedStart().toString()) + "_" + training.trainingId();
        }

        static TrainingCursor parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                int split = cursor.lastIndexOf('_');
                UUID id = UUID.fromString(cursor.substring(split + 1));
                if (cursor.substring(0, split).equals(NO_START)) {
                    return new TrainingCursor(null, id);
                }
                Instant start = Instant.parse(cursor.substring(0, split));
                if (start.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || start.isAfter(Instant.parse("3000-01-01T00:00:00Z"))) {
                    throw new IllegalArgumentException("out of range");
                }
                return new TrainingCursor(start, id);
            } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
            }
        }
    }
}
