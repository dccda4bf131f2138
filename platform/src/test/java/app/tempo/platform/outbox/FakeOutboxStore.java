package app.tempo.platform.outbox;

import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The outbox table in memory, with the claim rules of the real one (lease, delay, dead rows never claimed). */
final class FakeOutboxStore extends OutboxStore {

    private final Clock clock;
    private final List<OutboxMessage> rows = new ArrayList<>();
    private final Map<UUID, Instant> claimedUntil = new HashMap<>();
    final Set<UUID> published = new HashSet<>();
    final Set<UUID> released = new HashSet<>();
    final Set<UUID> dead = new HashSet<>();
    final Map<UUID, Integer> attempts = new HashMap<>();
    final Map<UUID, List<Duration>> retryDelays = new HashMap<>();
    int claims;
    int markDeadCalls;

    FakeOutboxStore(Clock clock) {
        this.clock = clock;
    }

    OutboxMessage add(String destination) {
        NewEvent event = new NewEvent(destination, "tempo/test", "SomethingHappened", 1, "subject-1", "aggregate-1",
                JsonValue.EMPTY_JSON_OBJECT);
        OutboxMessage message = new OutboxMessage(UUID.randomUUID(), event, clock.instant(), "{}", null);
        rows.add(message);
        return message;
    }

    @Override
    public List<OutboxMessage> claim(int batchSize, int leaseSeconds) {
        claims++;
        Instant now = clock.instant();
        List<OutboxMessage> claimed = rows.stream()
                .filter(row -> !published.contains(row.eventId()) && !dead.contains(row.eventId()))
                .filter(row -> !claimedUntil.containsKey(row.eventId()) || claimedUntil.get(row.eventId()).isBefore(now))
                .limit(batchSize)
                .toList();
        claimed.forEach(row -> claimedUntil.put(row.eventId(), now.plusSeconds(leaseSeconds)));
        return claimed;
    }

    @Override
    public void markPublished(Collection<UUID> eventIds) {
        published.addAll(eventIds);
        eventIds.forEach(claimedUntil::remove);
    }

    @Override
    public void release(Collection<UUID> eventIds) {
        released.addAll(eventIds);
        eventIds.forEach(claimedUntil::remove);
    }

    @Override
    public int recordFailedAttempt(UUID eventId, String error) {
        return attempts.merge(eventId, 1, Integer::sum);
    }

    @Override
    public void retryAfter(UUID eventId, Duration delay) {
        retryDelays.computeIfAbsent(eventId, id -> new ArrayList<>()).add(delay);
        claimedUntil.put(eventId, clock.instant().plus(delay));
    }

    @Override
    public void markDead(UUID eventId) {
        markDeadCalls++;
        dead.add(eventId);
        claimedUntil.remove(eventId);
    }

    @Override
    public long deadCount() {
        return dead.size();
    }
}
