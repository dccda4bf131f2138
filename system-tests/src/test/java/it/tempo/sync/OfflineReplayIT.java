package it.tempo.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** BARS "offline replay": 10,000 queued operations end in exactly the documented state (figures printed, not timed). */
class OfflineReplayIT {

    @Test
    void tenThousandQueuedOperationsEndExactlyAsTheRulesSay() {
        ReplayScenario.Report report = new ReplayScenario(20261121L).run(10_000);
        System.out.printf("offline replay: %d operations, pushed in %.1f s (whole scenario with checks %.1f s), answers %s%n",
                report.operations(), report.pushing().toMillis() / 1000.0, report.total().toMillis() / 1000.0, report.statuses());
        // the scenario checks every answer and the end state itself; here: that it met every rule, not only the easy ones
        for (int status : new int[] {200, 201, 204, 409, 410, 412}) {
            assertTrue(report.statuses().getOrDefault(status, 0) > 0, () -> "the replay met no " + status + ": " + report);
        }
    }
}
