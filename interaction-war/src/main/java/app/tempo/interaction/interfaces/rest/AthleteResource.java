package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.SearchService;
import app.tempo.interaction.domain.model.people.AthleteDirectory.Found;
import app.tempo.interaction.domain.model.people.AthleteDirectory.SearchCursor;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.security.CurrentAthlete;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** User search by nickname prefix and sport, and an athlete's public profile; both respect visibility and blocks. */
@Path("athletes")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class AthleteResource {

    static final int MAX_PAGE = 50;

    @Inject
    SearchService search;

    @Inject
    CurrentAthlete athlete;

    /** Nicknames starting with {@code q} (1 to 40 characters, any case), optionally practising {@code sport}. */
    @GET
    public AthletePage search(@QueryParam("q") @NotNull @Pattern(regexp = "[^\\p{Cntrl}]{1,40}", message = "1 to 40 characters") String prefix,
                              @QueryParam("sport") @Pattern(regexp = "[A-Z_]{1,20}", message = "a sport, e.g. RUN") String sport,
                              @QueryParam("cursor") String cursor,
                              @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_PAGE) int limit) {
        List<Found> found = search.search(athlete.subject(), prefix, sport, parse(cursor), limit);
        String next = found.size() == limit ? encode(found.get(found.size() - 1).position()) : null;
        return new AthletePage(found.stream().map(hit -> AthleteView.of(hit.profile())).toList(), next);
    }

    @GET
    @Path("{subject}")
    public AthleteView profile(@PathParam("subject") @Pattern(regexp = Subjects.PATTERN, message = Subjects.MESSAGE) String subject) {
        return search.profile(athlete.subject(), subject).map(AthleteView::of).orElseThrow(() -> ProblemException.notFound("Athlete"));
    }

    private static String encode(SearchCursor position) {
        String text = position.nickname() + "\n" + position.subject();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SearchCursor parse(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = text.lastIndexOf('\n');
            if (split < 0 || text.indexOf('\0') >= 0 || text.length() > 600) {
                throw new IllegalArgumentException("not a search cursor");
            }
            return new SearchCursor(text.substring(0, split), text.substring(split + 1));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
        }
    }
}
