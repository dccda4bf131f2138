package app.tempo.training.domain.model.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user on a training's roster: invited, joined or waiting for a place. */
@Entity
@Table(name = "participant")
@IdClass(TrainingMemberKey.class)
public class Participant {

    @Id
    @Column(name = "training_id")
    private UUID trainingId;

    @Id
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantStatus status;

    /** When it entered its current status: the waiting list's order. */
    @Column(nullable = false)
    private Instant since;

    protected Participant() {
    }

    Participant(UUID trainingId, String subject, ParticipantStatus status, Instant since) {
        this.trainingId = trainingId;
        this.subject = subject;
        this.status = status;
        this.since = since;
    }

    void moveTo(ParticipantStatus next, Instant when) {
        status = next;
        since = when;
    }

    public UUID trainingId() {
        return trainingId;
    }

    public String subject() {
        return subject;
    }

    public ParticipantStatus status() {
        return status;
    }

    public Instant since() {
        return since;
    }
}
