package app.tempo.account.interfaces.rest;

import app.tempo.account.application.GearService;
import app.tempo.account.domain.model.gear.Gear;
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
import jakarta.ws.rs.GET;
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

    @GET
    public List<GearView> list() {
        return gear.list(athlete.subject()).stream().map(GearView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Gear item = gear.find(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Gear"));
        return WriteAnswers.read(GearView.of(item), item.version());
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
