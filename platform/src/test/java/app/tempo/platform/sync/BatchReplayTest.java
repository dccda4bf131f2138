package app.tempo.platform.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.platform.sync.BatchReplay.Answer;
import app.tempo.platform.sync.BatchRequest.Mutation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BatchReplayTest {

    private final FakeLog log = new FakeLog();
    private final List<Long> sent = new ArrayList<>();
    private final Map<Long, Answer> answers = new TreeMap<>();

    private BatchResult push(long... ids) throws InterruptedException {
        List<Mutation> mutations = new ArrayList<>();
        for (long id : ids) {
            mutations.add(new Mutation(id, "PUT", "/api/v1/training/trainings/" + id, null, null, null));
        }
        return BatchReplay.apply(mutations, log, mutation -> {
            sent.add(mutation.id());
            Answer answer = answers.getOrDefault(mutation.id(), new Answer(201, "\"1\"", "{\"id\":" + mutation.id() + "}"));
            if (answer.status() == 0) {
                throw new IOException("connection refused");
            }
            return answer;
        });
    }

    @Test
    void aQueueIsAppliedInOrderAndEachAnswerKept() throws InterruptedException {
        BatchResult result = push(1, 2, 3);
        assertEquals(List.of(1L, 2L, 3L), sent);
        assertEquals(List.of(201, 201, 201), result.results().stream().map(BatchResult.Result::status).toList());
        assertNull(result.stoppedAt());
        assertEquals(4, result.next());
    }

    @Test
    void aReplayedQueueIsAnsweredFromTheLogAndNotAppliedAgain() throws InterruptedException {
        push(1, 2);
        sent.clear();
        BatchResult again = push(1, 2, 3);
        assertEquals(List.of(3L), sent, "only the new mutation is applied");
        assertTrue(again.results().get(0).replayed() && again.results().get(1).replayed());
        assertEquals(201, again.results().get(0).status());
    }

    @Test
    void aRefusedMutationIsRecordedAndTheQueueMovesOn() throws InterruptedException {
        answers.put(2L, new Answer(412, "\"7\"", "{\"status\":412}"));
        BatchResult result = push(1, 2, 3);
        assertEquals(List.of(201, 412, 201), result.results().stream().map(BatchResult.Result::status).toList());
        sent.clear();
        assertEquals(412, push(2).results().get(0).status(), "the refusal is remembered, not retried");
        assertEquals(List.of(), sent);
    }

    @Test
    void theServerStopsAtAGapAndSaysWhatItExpects() throws InterruptedException {
        push(1);
        BatchResult result = push(2, 4, 5);
        assertEquals(List.of(1L, 2L), sent);
        assertEquals(4L, result.stoppedAt());
        assertEquals(3, result.next());
    }

    @Test
    void anAnswerThatMeansLaterStopsTheBatchWithoutBeingRecorded() throws InterruptedException {
        answers.put(2L, new Answer(503, null, "{\"status\":503}"));
        BatchResult result = push(1, 2, 3);
        assertEquals(2L, result.stoppedAt());
        assertEquals(List.of(1L, 2L), sent);
        answers.remove(2L);
        BatchResult retried = push(2, 3);
        assertEquals(List.of(201, 201), retried.results().stream().map(BatchResult.Result::status).toList());
        answers.put(4L, new Answer(0, null, null));
        assertEquals(4L, push(4).stoppedAt(), "an unreachable server is a stop too");
        answers.put(4L, new Answer(401, null, "{\"status\":401}"));
        assertEquals(4L, push(4).stoppedAt(), "an expired token is not the mutation's fault: a stop, not a record");
        assertEquals(Optional.of(3L), log.last());
    }

    @Test
    void aDeviceStartsWhereItsFirstMutationIsAndIdsBehindItAreConflicts() throws InterruptedException {
        push(10, 11);
        BatchResult behind = push(5, 12);
        assertEquals(409, behind.results().get(0).status());
        assertEquals(201, behind.results().get(1).status());
    }

    private static final class FakeLog implements BatchReplay.Log {

        private final Map<Long, Answer> recorded = new TreeMap<>();

        @Override
        public Map<Long, BatchResult.Result> find(List<Long> ids) {
            Map<Long, BatchResult.Result> found = new TreeMap<>();
            ids.stream().filter(recorded::containsKey).forEach(id -> found.put(id, new BatchResult.Result(id, recorded.get(id).status(),
                    recorded.get(id).etag(), MutationLog.parse(recorded.get(id).body()), true)));
            return found;
        }

        @Override
        public Optional<Long> last() {
            return recorded.isEmpty() ? Optional.empty() : Optional.of(((TreeMap<Long, Answer>) recorded).lastKey());
        }

        @Override
        public void record(long id, Answer answer) {
            recorded.put(id, answer);
        }
    }
}
