package app.tempo.training.domain.model.training;

/** The sports Tempo knows; calories and pace rules hang off these later. */
public enum Sport {
    RUN, RIDE, SWIM, WALK, HIKE, ROW, SKI, STRENGTH, YOGA, OTHER
}
