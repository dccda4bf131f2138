package app.tempo.training.interfaces.rest;

import app.tempo.platform.sync.SyncedType;
import app.tempo.training.domain.model.training.Training;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** What training-war's change feed carries ({@code GET /api/v1/training/sync}). */
@ApplicationScoped
public class SyncedResources {

    /** Only the owner sees a training for now; participants join its audience with the training domain. */
    @Produces
    @ApplicationScoped
    SyncedType<Training> trainings() {
        return SyncedType.declare("training", Training.class, Training::id, Training::version, training -> Set.of(training.owner()),
                TrainingView::of);
    }
}
