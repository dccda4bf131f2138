package it.tempo.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The documented offline rules (README, "Offline sync"), written down independently of the servers: what each request
 * answers and what it leaves behind. The replay compares every answer and the final state with this model.
 */
final class ServerRules {

    /** What every resource has: a version (its ETag) and whether its owner deleted it. */
    abstract static class Resource {
        long version = 1;
        boolean deleted;
    }

    /** A training as the model knows it. */
    static final class Training extends Resource {
        String title;
        int minutes;
        String status = "PLANNED";
        double meters;
        List<String> gear = List.of();

        Training(String title, int minutes) {
            this.title = title;
            this.minutes = minutes;
        }
    }

    /** A gear item as the model knows it. */
    static final class Gear extends Resource {
        String model;
        double meters;
        long seconds;
        int trainings;

        Gear(String model) {
            this.model = model;
        }
    }

    final Map<String, Training> trainings = new HashMap<>();
    final Map<String, Gear> gear = new HashMap<>();

    int planTraining(String id, String title, int minutes, Long ifMatch) {
        return put(trainings, id, ifMatch, () -> new Training(title, minutes), training -> training.title.equals(title) && training.minutes == minutes,
                training -> {
                    if (!training.status.equals("PLANNED")) {
                        return 409;
                    }
                    training.title = title;
                    training.minutes = minutes;
                    return 200;
                });
    }

    int complete(String id, double meters, List<String> gearIds) {
        Training training = trainings.get(id);
        if (training == null) {
            return 404;
        }
        if (training.deleted) {
            return 410;
        }
        if (training.status.equals("COMPLETED") && training.meters == meters && training.gear.equals(gearIds)) {
            return 200;
        }
        if (!training.status.equals("PLANNED")) {
            return 409;
        }
        training.status = "COMPLETED";
        training.meters = meters;
        training.gear = gearIds;
        training.version++;
        for (String gearId : gearIds) { // applied later by account-war, from the completion event
            Gear item = gear.get(gearId);
            if (item != null && !item.deleted) {
                item.meters += meters;
                item.seconds += ReplayScenario.SECONDS;
                item.trainings++;
                item.version++;
            }
        }
        return 200;
    }

    int deleteTraining(String id, Long ifMatch) {
        return delete(trainings.get(id), ifMatch);
    }

    int describeGear(String id, String model, Long ifMatch) {
        return put(gear, id, ifMatch, () -> new Gear(model), item -> Objects.equals(item.model, model), item -> {
            item.model = model;
            return 200;
        });
    }

    int deleteGear(String id, Long ifMatch) {
        return delete(gear.get(id), ifMatch);
    }

    /**
     * A client-id PUT: create when absent (unless a version was expected), 410 when deleted, 200 for a repeat, 428
     * without If-Match, 412 when stale; else {@code change} answers and, on 200, the version moves on.
     */
    private static <T extends Resource> int put(Map<String, T> all, String id, Long ifMatch, Supplier<T> create, Predicate<T> alreadySo,
                                                ToIntFunction<T> change) {
        T resource = all.get(id);
        if (resource == null) {
            if (ifMatch != null) {
                return 404;
            }
            all.put(id, create.get());
            return 201;
        }
        if (resource.deleted) {
            return 410;
        }
        if (alreadySo.test(resource)) {
            return 200;
        }
        if (ifMatch == null) {
            return 428;
        }
        if (ifMatch != resource.version) {
            return 412;
        }
        int status = change.applyAsInt(resource);
        if (status == 200) {
            resource.version++;
        }
        return status;
    }

    /** A delete: 204 for what is missing or deleted already; 412 when stale; else deleted, the version moves on. */
    private static int delete(Resource resource, Long ifMatch) {
        if (resource == null || resource.deleted) {
            return 204;
        }
        if (ifMatch != null && ifMatch != resource.version) {
            return 412;
        }
        resource.deleted = true;
        resource.version++;
        return 204;
    }
}
