package it.tempo.fuzz;

import it.tempo.support.Reply;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What one fuzzing run did: the operations it attacked, how many requests it sent, the statuses it got. */
final class Tally {

    private static final Set<String> ATTACKED = new ConcurrentSkipListSet<>();
    private static final Map<Integer, LongAdder> STATUSES = new ConcurrentHashMap<>();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicLong SLOWEST_MILLIS = new AtomicLong();
    private static final AtomicLong WRITES_TO_ALICES = new AtomicLong();
    private static final AtomicLong ACCEPTED_BY_ALICES = new AtomicLong();

    private Tally() {
    }

    static void attacked(String operation) {
        ATTACKED.add(operation);
    }

    static void answered(Reply reply, long millis) {
        REQUESTS.incrementAndGet();
        STATUSES.computeIfAbsent(reply.status(), status -> new LongAdder()).increment();
        SLOWEST_MILLIS.accumulateAndGet(millis, Math::max);
    }

    /** A write to one of alice's existing resources, accepted or not. */
    static void wroteToAlices(boolean accepted) {
        WRITES_TO_ALICES.incrementAndGet();
        if (accepted) {
            ACCEPTED_BY_ALICES.incrementAndGet();
        }
    }

    static Set<String> attacked() {
        return Set.copyOf(ATTACKED);
    }

    static String summary() {
        Map<Integer, Long> histogram = new TreeMap<>();
        STATUSES.forEach((status, count) -> histogram.put(status, count.sum()));
        return ATTACKED.size() + " operations covered " + ATTACKED + ", " + REQUESTS.get() + " requests sent, statuses "
                + histogram + ", slowest " + SLOWEST_MILLIS.get() + " ms, " + ACCEPTED_BY_ALICES.get() + " of "
                + WRITES_TO_ALICES.get() + " writes to alice's existing resources accepted";
    }
}
