package app.tempo.training.interfaces.rest;

import app.tempo.platform.http.EntityTags;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.write.LostRaces;
import app.tempo.platform.write.WriteAnswers;
import app.tempo.platform.write.WriteOutcome;
import app.tempo.training.application.TrainingService;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingRuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;

@Path("trainings")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @Inject
    TrainingService trainings;

    @Inject
    CurrentAthlete athlete;

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

    private static WriteOutcome<Training> guarded(Supplier<WriteOutcome<Training>> write) {
        try {
            return LostRaces.retry(write);
        } catch (TrainingRuleViolation e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private static Response answer(WriteOutcome<Training> outcome) {
        return WriteAnswers.answer(outcome, "Training", TrainingView::of, Training::version);
    }
}
