package app.tempo.training.domain.model.route;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The GPX document of a training's route, as the athlete uploaded it. */
@Entity
@Table(name = "training_route")
public class TrainingRoute {

    @Id
    @Column(name = "training_id")
    private UUID trainingId;

    @Column(nullable = false)
    private String gpx;

    protected TrainingRoute() {
    }

    public TrainingRoute(UUID trainingId, String gpx) {
        this.trainingId = trainingId;
        this.gpx = gpx;
    }

    public void replace(String document) {
        gpx = document;
    }

    public String gpx() {
        return gpx;
    }
}
