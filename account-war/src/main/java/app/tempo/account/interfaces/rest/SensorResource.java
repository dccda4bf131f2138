package app.tempo.account.interfaces.rest;

import app.tempo.account.application.SensorService;
import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.account.domain.model.sensor.SensorRepository.SensorUse;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@Path("sensors")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SensorResource {

    static final int MAX_PAGE = 100;
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    @Inject
    SensorService sensors;

    @Inject
    CurrentAthlete athlete;

    /** In id order, {@code limit} per page (at most 100); pass the previous page's {@code next} as {@code cursor}. */
    @GET
    public SensorPage list(@QueryParam("cursor") String cursor,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        List<Sensor> page = sensors.list(athlete.subject(), IdCursor.parse(cursor), limit);
        String next = page.size() == limit ? page.get(page.size() - 1).id().toString() : null;
        return new SensorPage(page.stream().map(SensorView::of).toList(), next);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Sensor sensor = sensors.find(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Sensor"));
        return WriteAnswers.read(SensorView.of(sensor), sensor.version());
    }

    /** The trainings the sensor recorded (from training-war's completions), latest first. */
    @GET
    @Path("{id}/trainings")
    public SensorTrainingsPage trainings(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_PAGE) int limit) {
        Sensor sensor = sensors.find(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Sensor"));
        List<SensorUse> page = sensors.uses(sensor, parse(cursor), limit);
        String next = page.size() == limit ? format(page.get(page.size() - 1)) : null;
        return new SensorTrainingsPage(sensors.useCount(sensor),
                page.stream().map(use -> new SensorTrainingsPage.UsedIn(use.trainingId(), use.completedAt())).toList(), next);
    }

    /** Registers the sensor with the client's id, or re-describes it (If-Match required to change it). */
    @PUT
    @Path("{id}")
    public Response put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull SensorRequest request) {
        return WriteAnswers.answer(LostRaces.retry(() -> sensors.put(athlete.subject(), id, request.toDetails(), EntityTags.versionIn(ifMatch))),
                "Sensor", SensorView::of, Sensor::version);
    }

    /** Removes the sensor (a tombstone reaches the other devices); repeating it, or removing a missing id, succeeds. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return WriteAnswers.answer(LostRaces.retry(() -> sensors.delete(athlete.subject(), id, EntityTags.versionIn(ifMatch))),
                "Sensor", SensorView::of, Sensor::version);
    }

    private static String format(SensorUse use) {
        return use.completedAt() + "_" + use.trainingId();
    }

    private static SensorUse parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            int split = cursor.lastIndexOf('_');
            Instant at = Instant.parse(cursor.substring(0, split));
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw new IllegalArgumentException("out of range");
            }
            return new SensorUse(UUID.fromString(cursor.substring(split + 1)), at);
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
        }
    }
}
