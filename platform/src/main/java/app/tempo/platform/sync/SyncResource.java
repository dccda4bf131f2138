package app.tempo.platform.sync;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code GET <domain>/sync}: what changed for the caller in this domain since the cursor (README, "Offline sync"). */
@Path("sync")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    static final int MAX_PAGE = 500;

    @Inject
    ChangeFeed feed;

    @Inject
    CurrentAthlete athlete;

    @Inject
    @ConfigProperty(name = "tempo.db.schema")
    String domain;

    /** Without a cursor, everything from the start; then pass each page's {@code cursor} back. */
    @GET
    public SyncPage changes(@QueryParam("cursor") String cursor,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_PAGE) int limit) {
        String subject = athlete.subject();
        return feed.page(subject, FeedPositions.of(cursor, domain, subject), limit);
    }
}
