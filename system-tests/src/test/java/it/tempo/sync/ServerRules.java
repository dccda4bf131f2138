package it.tempo.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The documented offline rules (README, "Offline sync"), written down independently of the servers: what each request
 * answers and what it leaves behind. The replay compares every answer and the final state with this model.
 */
final class ServerRules {

    /** A training as the model knows it. */
    static final class Training {
        String title;
        int minutes;
        String status = "PLANNED";
        long version = 1;
        boolean deleted;
        double meters;
        List<String> gear = List.of();
    }

    /** A gear item as the model knows it. */
    static final class Gear {
        String model;
        long version = 1;
        boolean deleted;
        double meters;
        long seconds;
        int trainings;
    }

    final Map<String, Training> trainings = new HashMap<>();
    final Map<String, Gear> gear = new HashMap<>();

    int planTraining(String id, String title, int minutes, Long ifMatch) {
        Training training = trainings.get(id);
        if (training == null) {
            if (ifMatch != null) {
                return 404;
            }
            training = new Training();
            training.title = title;
            training.minutes = minutes;
            trainings.put(id, training);
            return 201;
        }
        if (training.deleted) {
            return 410;
        }
        if (training.title.equals(title) && training.minutes == minutes) {
            return 200;
        }
        if (ifMatch == null) {
            return 428;
        }
        if (ifMatch != training.version) {
            return 412;
        }
        if (!training.status.equals("PLANNED")) {
            return 409;
        }
        training.title = title;
        training.minutes = minutes;
        training.version++;
        return 200;
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
        Training training = trainings.get(id);
        if (training == null || training.deleted) {
            return 204;
        }
        if (ifMatch != null && ifMatch != training.version) {
            return 412;
        }
        training.deleted = true;
        training.version++;
        return 204;
    }

    int describeGear(String id, String model, Long ifMatch) {
        Gear item = gear.get(id);
        if (item == null) {
            if (ifMatch != null) {
                return 404;
            }
            item = new Gear();
            item.model = model;
            gear.put(id, item);
            return 201;
        }
        if (item.deleted) {
            return 410;
        }
        if (Objects.equals(item.model, model)) {
            return 200;
        }
        if (ifMatch == null) {
            return 428;
        }
        if (ifMatch != item.version) {
            return 412;
        }
        item.model = model;
        item.version++;
        return 200;
    }

    int deleteGear(String id, Long ifMatch) {
        Gear item = gear.get(id);
        if (item == null || item.deleted) {
            return 204;
        }
        if (ifMatch != null && ifMatch != item.version) {
            return 412;
        }
        item.deleted = true;
        item.version++;
        return 204;
    }
}
