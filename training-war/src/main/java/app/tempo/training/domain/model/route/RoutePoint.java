package app.tempo.training.domain.model.route;

/** A point of a route: WGS84 degrees, and the elevation in metres above sea level when the file gives one. */
public record RoutePoint(double latitude, double longitude, Double elevation) {
}
