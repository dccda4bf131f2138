package it.tempo.fuzz;

import it.tempo.support.OpenApi.Operation;
import it.tempo.support.Reply;

/** Sends a request of the fuzzing run and counts it. */
final class Exchange {

    private Exchange() {
    }

    static Reply send(Operation operation, String user, String pathAndQuery, byte[] body, String... headers) {
        long start = System.nanoTime();
        Reply reply = operation.send(user, pathAndQuery, body, headers);
        Tally.answered(reply, (System.nanoTime() - start) / 1_000_000);
        return reply;
    }
}
