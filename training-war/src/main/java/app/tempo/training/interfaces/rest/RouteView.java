package app.tempo.training.interfaces.rest;

import app.tempo.training.domain.model.route.Route;

/** A training's route: what it amounts to, and its GPX document as Tempo exports it. */
public record RouteView(int points, double distanceMeters, double elevationGainMeters, double elevationLossMeters,
                        double minLatitude, double minLongitude, double maxLatitude, double maxLongitude, String gpx) {

    static RouteView of(Route route, String gpx) {
        return new RouteView(route.points(), route.distanceMeters(), route.elevationGainMeters(), route.elevationLossMeters(),
                route.minLatitude(), route.minLongitude(), route.maxLatitude(), route.maxLongitude(), gpx);
    }
}
