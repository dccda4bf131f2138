package app.tempo.training.domain.model.training;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of what belongs to one user in one training (a roster entry, a result line): the two ids. */
public class TrainingMemberKey implements Serializable {

    private UUID trainingId;
    private String subject;

    public TrainingMemberKey() {
    }

    public TrainingMemberKey(UUID trainingId, String subject) {
        this.trainingId = trainingId;
        this.subject = subject;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingMemberKey key && Objects.equals(trainingId, key.trainingId) && Objects.equals(subject, key.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trainingId, subject);
    }
}
