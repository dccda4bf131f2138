package app.tempo.account.interfaces.rest;

import app.tempo.account.application.ProfileService;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.platform.http.EntityTags;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's own profile; it exists from their first call, so it is read and changed, never created. */
@Path("profile")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @Inject
    CurrentAthlete athlete;

    @GET
    public Response get() {
        Profile profile = profiles.current(athlete.subject());
        return WriteAnswers.read(ProfileView.of(profile), profile.version());
    }

    /** Describes the profile (If-Match required: it always exists); a nickname another athlete holds is a 409. */
    @PUT
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ProfileRequest request) {
        return WriteAnswers.answer(LostRaces.retry(() -> profiles.put(athlete.subject(), request.toDetails(), EntityTags.versionIn(ifMatch))),
                "Profile", ProfileView::of, Profile::version);
    }
}
