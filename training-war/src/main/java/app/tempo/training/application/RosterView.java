package app.tempo.training.application;

import app.tempo.training.domain.model.training.Participant;
import app.tempo.training.domain.model.training.Training;
import java.util.List;

/** A training with its roster as it stands after a read or a change. */
public record RosterView(Training training, List<Participant> entries) {
}
