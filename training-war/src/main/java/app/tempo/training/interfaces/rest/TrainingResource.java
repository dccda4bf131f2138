package app.tempo.training.interfaces.rest;

import app.tempo.platform.http.EntityTags;
import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.LostRaces;
import app.tempo.platform.write.WriteAnswers;
import app.tempo.platform.write.WriteOutcome;
import app.tempo.training.application.RecordingService;
import app.tempo.training.application.RosterView;
import app.tempo.training.application.SensorService;
import app.tempo.training.application.TrainingService;
import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.domain.model.route.Route;
import app.tempo.training.domain.model.schedule.InvalidRecurrence;
import app.tempo.training.domain.model.route.RouteFile;
import app.tempo.training.domain.model.training.InvalidPlan;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingRuleViolation;
import app.tempo.training.infrastructure.gpx.GpxDocuments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("trainings")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    static final String GPX = "application/gpx+xml";

    @Inject
    TrainingService trainings;

    @Inject
    CurrentAthlete athlete;

    @Inject
    RecordingService recordings;

    @Inject
    ActivityUpload activities;

    @Inject
    SensorService sensors;

    @Inject
    JsonWebToken token;

    @Inject
    @ConfigProperty(name = "tempo.calories.weight-claim", defaultValue = "weight_kg")
    String weightClaim;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Training training = trainings.find(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Training"));
        return WriteAnswers.read(TrainingView.of(training), training.version());
    }

    /** Creates the training with the client's id, or replaces its plan (If-Match required to change it). */
    @PUT
    @Path("{id}")
    public Response put(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull TrainingRequest request) {
        return answer(guarded(() -> trainings.put(athlete.subject(), id, request.toPlan(), EntityTags.versionIn(ifMatch))));
    }

    /** Deletes the training (a tombstone reaches the other devices); repeating it, or deleting a missing id, succeeds. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(guarded(() -> trainings.delete(athlete.subject(), id, EntityTags.versionIn(ifMatch))));
    }

    /** Completes the training; repeating the same completion is harmless and publishes nothing more. */
    @PUT
    @Path("{id}/completion")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull CompletionRequest request) {
        return answer(guarded(() -> trainings.complete(athlete.subject(), id, request.toCompletion(), EntityTags.versionIn(ifMatch))));
    }

    /** Starts or cancels the training (a completed or cancelled one stays so: 409); asking again is harmless. */
    @PUT
    @Path("{id}/status")
    public Response status(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull StatusRequest request) {
        return answer(guarded(() -> trainings.changeStatus(athlete.subject(), id, request.target(), EntityTags.versionIn(ifMatch))));
    }

    /**
     * Plans the route from a GPX document (JSON {@code {"gpx": "…"}}): 400 when it is not GPX (or declares a DTD),
     * 422 when its points cannot be a route (fewer than 2, more than 50,000, off the Earth, a jump over 1,000 km).
     */
    @PUT
    @Path("{id}/route")
    public Response putRoute(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull RouteRequest request) {
        RouteFile file = read(request.gpx());
        return answer(guarded(() -> trainings.route(athlete.subject(), id, file, EntityTags.versionIn(ifMatch))));
    }

    /**
     * The route's summary and the GPX document Tempo keeps of it (one track of its points) as JSON; or, asked for
     * {@code application/gpx+xml} only, the GPX file itself, for a watch or another app.
     */
    @GET
    @Path("{id}/route")
    @Produces({MediaType.APPLICATION_JSON, GPX})
    public Response getRoute(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        RouteFile file = trainings.routeFile(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Route"));
        if (accept != null && accept.contains(GPX) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(file.document(), GPX).build();
        }
        return Response.ok(RouteView.of(file.route(), file.document()), MediaType.APPLICATION_JSON).build();
    }

    /**
     * The training's occurrences starting in [from, to) (ISO instants; by default all of them), in order, at most 500:
     * a series' occurrences with the ones cancelled or moved, or a single training's one planned start.
     */
    @GET
    @Path("{id}/occurrences")
    public OccurrencesResponse occurrences(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, OccurrencesResponse.LATEST);
        Training training = trainings.find(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Training"));
        return OccurrencesResponse.of(training, training.occurrences(start, end));
    }

    private static Instant instant(String name, String text, Instant otherwise) {
        if (text == null || text.isEmpty()) {
            return otherwise;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(name, "an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
        }
    }

    /** Who is on the roster: for the owner and anyone who may see the training. */
    @GET
    @Path("{id}/participants")
    public Response participants(@PathParam("id") UUID id) {
        return roster(trainings.roster(athlete.subject(), id));
    }

    /**
     * The caller joins the training (a public one, or one they are invited to) or accepts the invitation: a place
     * while there is room, the waiting list otherwise. Asking again changes nothing.
     */
    @PUT
    @Path("{id}/participation")
    public Response join(@PathParam("id") UUID id) {
        return roster(guarded(() -> trainings.join(athlete.subject(), id)));
    }

    /** The caller leaves the training or declines the invitation; their place goes to the first in line. Repeatable. */
    @DELETE
    @Path("{id}/participation")
    public Response leave(@PathParam("id") UUID id) {
        guarded(() -> trainings.leave(athlete.subject(), id));
        return Response.noContent().build();
    }

    /** The owner invites a user by their SSO subject; inviting one already on the roster changes nothing. */
    @POST
    @Path("{id}/invitations")
    public Response invite(@PathParam("id") UUID id, @Valid @NotNull InvitationRequest request) {
        return roster(guarded(() -> trainings.invite(athlete.subject(), id, request.subject())));
    }

    /** The owner takes a user off the roster; their place goes to the first in line. Repeatable. */
    @POST
    @Path("{id}/removals")
    public Response remove(@PathParam("id") UUID id, @Valid @NotNull InvitationRequest request) {
        return roster(guarded(() -> trainings.remove(athlete.subject(), id, request.subject())));
    }

    /**
     * Takes one batch of the caller's recorded samples (the owner's, or a participant's who joined): in any order,
     * any time after the fact; a batch id already taken changes nothing. Answers the caller's result line as it now
     * stands.
     */
    @POST
    @Path("{id}/samples")
    public Response samples(@PathParam("id") UUID id, @Valid @NotNull SamplesRequest request) {
        Double weight = weightFromToken();
        RecordingService.Recorded recorded = guarded(() -> recordings.record(athlete.subject(), id, request.toUpload(weight)))
                .orElseThrow(() -> ProblemException.notFound("Training"));
        return WriteAnswers.read(ResultView.own(recorded.result()), recorded.result().version());
    }

    /**
     * Imports the caller's recorded activity from a file (GPX with heart-rate extensions, TCX or FIT, by its
     * Content-Type), up to {@code tempo.http.max-file-bytes}: its samples join the caller's other samples, and the same
     * file again changes nothing. Answers the caller's result line as it now stands.
     */
    @PUT
    @Path("{id}/activity")
    // any type reaches the method, so that authentication answers first (401/403) and the type is checked after (415)
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = true, content = {
            @Content(mediaType = ActivityUpload.GPX, schema = @Schema(type = SchemaType.STRING, format = "binary"), example = ActivityUpload.GPX_EXAMPLE),
            @Content(mediaType = ActivityUpload.TCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ActivityUpload.FIT, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response importActivity(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @QueryParam("weightKg") @DecimalMin("20") @DecimalMax("400") Double weightKg, InputStream file) {
        recordings.requireMayRecord(athlete.subject(), id); // before 16 MiB are read from whoever sent them
        RecordingService.Upload upload = activities.read(contentType, file, weightKg != null ? weightKg : weightFromToken());
        RecordingService.Recorded recorded = guarded(() -> recordings.record(athlete.subject(), id, upload))
                .orElseThrow(() -> ProblemException.notFound("Training"));
        return WriteAnswers.read(ResultView.own(recorded.result()), recorded.result().version());
    }

    /** Attaches the caller's registered sensors to the training (replacing theirs); for the owner and those who joined. */
    @PUT
    @Path("{id}/sensors")
    public SensorsResponse attachSensors(@PathParam("id") UUID id, @Valid @NotNull SensorsRequest request) {
        return SensorsResponse.of(guarded(() -> sensors.attach(athlete.subject(), id, request.ids()))
                .orElseThrow(() -> ProblemException.notFound("Training")));
    }

    @GET
    @Path("{id}/sensors")
    public SensorsResponse sensors(@PathParam("id") UUID id) {
        return SensorsResponse.of(sensors.attached(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Training")));
    }

    /** The results table, ranked by the sport's metric: for the owner and those who joined. */
    @GET
    @Path("{id}/results")
    public ResultsResponse results(@PathParam("id") UUID id) {
        return ResultsResponse.of(recordings.table(athlete.subject(), id).orElseThrow(() -> ProblemException.notFound("Training")));
    }

    /** The body weight in the caller's token, if the SSO sends one (a claim named by tempo.calories.weight-claim). */
    private Double weightFromToken() {
        Object claim = token.getClaim(weightClaim);
        double weight;
        if (claim instanceof Number number) {
            weight = number.doubleValue();
        } else if (claim instanceof jakarta.json.JsonNumber number) {
            weight = number.doubleValue();
        } else {
            return null;
        }
        return weight >= 20 && weight <= 400 ? weight : null;
    }

    private static Response roster(Optional<RosterView> view) {
        RosterView found = view.orElseThrow(() -> ProblemException.notFound("Training"));
        return WriteAnswers.read(RosterResponse.of(found), found.training().version());
    }

    private static RouteFile read(String gpx) {
        try {
            return GpxDocuments.routeFile(gpx);
        } catch (GpxDocuments.UnreadableGpx e) {
            throw ProblemException.invalidField("gpx", e.getMessage());
        } catch (Route.InvalidRoute e) {
            throw new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, "gpx: " + e.getMessage())
                    .withErrors(List.of(new Problem.FieldError("gpx", e.getMessage()))), null);
        }
    }

    private static <T> T guarded(Supplier<T> write) {
        try {
            return LostRaces.retry(write);
        } catch (TrainingRuleViolation e) {
            throw ProblemException.conflict(e.getMessage());
        } catch (InvalidPlan e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        } catch (InvalidRecurrence e) {
            throw ProblemException.invalidField("recurrence", e.getMessage());
        } catch (Sample.InvalidSample e) {
            throw ProblemException.invalidField("samples", e.getMessage());
        }
    }

    private static Response answer(WriteOutcome<Training> outcome) {
        return WriteAnswers.answer(outcome, "Training", TrainingView::of, Training::version);
    }
}
