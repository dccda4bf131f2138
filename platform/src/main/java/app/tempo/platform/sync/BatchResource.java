package app.tempo.platform.sync;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.sync.BatchRequest.Mutation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST <domain>/batch}: a device's offline queue, applied in order, each mutation exactly as the request it
 * stands for (README, "Offline sync"). Each is sent to this server as its own request with the caller's token, so it
 * meets every rule, check and transaction the single request would.
 */
@Path("batch")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchResource {

    static final int MAX_MUTATIONS = 200;

    @Inject
    CurrentAthlete athlete;

    @Inject
    MutationLog log;

    @Inject
    LoopbackRequests loopback;

    @Context
    HttpServletRequest request;

    @POST
    public BatchResult push(@Valid @NotNull BatchRequest batch) throws InterruptedException {
        List<Mutation> mutations = batch.mutations();
        if (mutations.size() > MAX_MUTATIONS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + MAX_MUTATIONS + " mutations per batch: send the "
                    + "rest in the next one");
        }
        for (int i = 1; i < mutations.size(); i++) {
            if (mutations.get(i).id() <= mutations.get(i - 1).id()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "mutations: ids must increase within a batch, in the order "
                        + "the device made them (" + mutations.get(i - 1).id() + " then " + mutations.get(i).id() + ")");
            }
        }
        String subject = athlete.subject();
        String device = batch.deviceId();
        if (!log.claimDevice(subject, device)) {
            throw ProblemException.unavailable("Another batch of device " + device + " is being applied: send this one when it "
                    + "has been answered", 2);
        }
        try {
            return apply(subject, device, mutations);
        } finally {
            log.releaseDevice(subject, device);
        }
    }

    private BatchResult apply(String subject, String device, List<Mutation> mutations) throws InterruptedException {
        LoopbackRequests.Target target = loopback.targetOf(request);
        return BatchReplay.apply(mutations, new BatchReplay.Log() {
            @Override
            public Map<Long, BatchResult.Result> find(List<Long> ids) {
                return log.find(subject, device, ids);
            }

            @Override
            public Optional<Long> last() {
                return log.last(subject, device);
            }

            @Override
            public void record(long id, BatchReplay.Answer answer) {
                log.record(subject, device, id, answer.status(), answer.etag(), answer.body());
            }
        }, mutation -> target.send(mutation, device));
    }
}
