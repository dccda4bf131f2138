package app.tempo.training.interfaces.rest;

import app.tempo.training.domain.model.training.Sport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The sport catalogue: what each sport's calories and ranking are computed from. */
@Path("sports")
@ApplicationScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class SportsResource {

    /** A sport with the Compendium activity it is taken as (none for OTHER: no calories are given for it). */
    public record SportView(Sport sport, Double met, String compendiumCode, String compendiumActivity, Sport.RankedBy rankedBy) {
    }

    public record Catalogue(String source, List<SportView> sports) {
    }

    private static final Catalogue CATALOGUE = new Catalogue(
            "2024 Adult Compendium of Physical Activities (Herrmann et al., J Sport Health Sci 2024;13(1):6-12)",
            Arrays.stream(Sport.values())
                    .map(sport -> new SportView(sport, sport.met().orElse(null), sport.compendiumCode(), sport.compendiumActivity(),
                            sport.rankedBy()))
                    .toList());

    @GET
    public Catalogue sports() {
        return CATALOGUE;
    }
}
