package app.tempo.account.interfaces.rest;

import app.tempo.account.application.GearService;
import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearMount;
import app.tempo.platform.http.EntityTags;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.LostRaces;
import app.tempo.platform.write.WriteAnswers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("gear")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GearResource {

    @Inject
    GearService gear;

    @Inject
    CurrentAthlete athlete;

    static final int MAX_PAGE = 100;

    /** In id order, {@code limit} per page (at most 100); pass the previous page's {@code next} as {@code cursor}. */
    @GET
    public GearPage list(@QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        List<Gear> page = gear.list(athlete.subject(), IdCursor.parse(cursor), limit);
        String next = page.size() == limit ? page.get(page.size() - 1).id().toString() : null;
        return new GearPage(page.stream().map(GearView::of).toList(), next);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Gear item = gear.find(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Gear"));
        return WriteAnswers.read(GearView.of(item), item.version());
    }

    /** Where a component has been mounted, oldest first, {@code limit} per page; empty for other gear. */
    @GET
    @Path("{id}/mounts")
    public MountPage mounts(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        Gear item = gear.find(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Gear"));
        List<GearMount> page = gear.mountsOf(item, IdCursor.parseSequence(cursor), limit);
        String next = page.size() == limit ? Long.toString(page.get(page.size() - 1).id()) : null;
        return new MountPage(page.stream().map(MountView::of).toList(), next);
    }

    /** Deletes the item (a tombstone reaches the other devices); repeating it, or deleting a missing id, succeeds. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return WriteAnswers.answer(LostRaces.retry(() -> gear.delete(athlete.subject(), id, EntityTags.versionIn(ifMatch))),
                "Gear", GearView::of, Gear::version);
    }

    /** Registers the item with the client's id, or re-describes it (If-Match required to change it). */
    @PUT
    @Path("{id}")
    public Response put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull GearRequest request) {
        return WriteAnswers.answer(LostRaces.retry(() -> gear.put(athlete.subject(), id, request.toDetails(), EntityTags.versionIn(ifMatch))),
                "Gear", GearView::of, Gear::version);
    }
}
