package app.tempo.platform.sync;

import app.tempo.platform.json.StrictJsonb;
import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.sync.BatchRequest.Mutation;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a batch push, apart from HTTP: mutations are taken in order; one the device sent before is answered
 * from the log; the next expected id is applied and its answer logged, a 4xx included (the queue moves on); the
 * server stops at a gap in the ids, and at an answer that says "later" (5xx, 429, 401/403, unreachable), which is not logged
 * so that the device sends that mutation again.
 */
final class BatchReplay {

    private static final Jsonb JSON = StrictJsonb.create();

    /** One device's log of applied mutations. */
    interface Log {
        /** The recorded answers among these ids. */
        Map<Long, BatchResult.Result> find(List<Long> ids);

        Optional<Long> last();

        /** Records an answer, committed before the next mutation is sent. */
        void record(long id, Answer answer);
    }

    /** Applies one mutation as its own request. */
    @FunctionalInterface
    interface Dispatcher {
        Answer send(Mutation mutation) throws IOException, InterruptedException;
    }

    /** What a request answered. */
    record Answer(int status, String etag, String body) {

        /** Not the mutation's fault: the server, a rate limit, or the caller's token (expired, withdrawn). */
        boolean meansLater() {
            return status >= 500 || status == 429 || status == 401 || status == 403;
        }
    }

    private BatchReplay() {
    }

    /**
     * Each answer is recorded before the next mutation is sent: a crash can leave at most the last applied mutation
     * unrecorded, and replaying it repeats the state it left (200, or 204 for a delete).
     */
    static BatchResult apply(List<Mutation> mutations, Log log, Dispatcher dispatcher) throws InterruptedException {
        Optional<Long> last = log.last();
        Map<Long, BatchResult.Result> recorded = log.find(mutations.stream().map(Mutation::id).toList());
        List<BatchResult.Result> results = new ArrayList<>();
        for (Mutation mutation : mutations) {
            long id = mutation.id();
            if (recorded.containsKey(id)) {
                results.add(recorded.get(id));
                continue;
            }
            long expected = last.map(previous -> previous + 1).orElse(id);
            if (id < expected) {
                results.add(new BatchResult.Result(id, 409, null, MutationLog.parse(behind(id, expected)), false));
                continue;
            }
            if (id > expected) {
                return new BatchResult(results, id, "mutation " + expected + " is missing: send it first", expected);
            }
            Answer answer;
            try {
                answer = dispatcher.send(mutation);
            } catch (IOException e) {
                return new BatchResult(results, id, "the server could not apply it now; send it again later", id);
            }
            if (answer.meansLater()) {
                return new BatchResult(results, id, "answered " + answer.status() + "; send it again later", id);
            }
            log.record(id, answer);
            results.add(new BatchResult.Result(id, answer.status(), answer.etag(), MutationLog.parse(answer.body()), false));
            last = Optional.of(id);
        }
        return new BatchResult(results, null, null, last.map(previous -> previous + 1).orElse(mutations.get(0).id()));
    }

    private static String behind(long id, long expected) {
        return problem(ProblemType.CONFLICT, "Mutation " + id + " comes before this device's next expected mutation " + expected
                + " and no answer of it is kept: it was applied long ago or never sent");
    }

    /** A mutation's answer the server gives itself, as its problem+json text. */
    static String problem(ProblemType type, String detail) {
        return JSON.toJson(Problem.of(type, detail));
    }
}
