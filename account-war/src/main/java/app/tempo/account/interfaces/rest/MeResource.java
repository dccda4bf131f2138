package app.tempo.account.interfaces.rest;

import app.tempo.account.application.HomeService;
import app.tempo.platform.security.CurrentAthlete;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /me}: the start screen in one call. */
@Path("me")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    HomeService home;

    @Inject
    CurrentAthlete athlete;

    /** {@code recent} items of each list (default 5, at most 20). */
    @GET
    public MeView get(@QueryParam("recent") @DefaultValue("5") @Min(1) @Max(20) int recent) {
        return MeView.of(home.of(athlete.subject(), recent));
    }
}
