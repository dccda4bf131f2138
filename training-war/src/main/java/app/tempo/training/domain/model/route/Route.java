package app.tempo.training.domain.model.route;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import net.sf.geographiclib.Geodesic;

/**
 * What a route amounts to: its points, the geodesic distance along them on the WGS84 ellipsoid (GeographicLib), the
 * elevation gained and lost between consecutive points that both have one, and its bounding box (in plain degrees:
 * a route across the antimeridian gets a box around the world).
 */
public record Route(int points, double distanceMeters, double elevationGainMeters, double elevationLossMeters,
                    double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {

    /** More points than a planned route needs (a 10-hour track at 1 Hz is 36,000). */
    public static final int MAX_POINTS = 50_000;
    /** A jump between two consecutive points longer than this is not a route anyone follows. */
    static final double MAX_STEP_METERS = 1_000_000;
    static final double LOWEST_ELEVATION = -500;
    static final double HIGHEST_ELEVATION = 9_000;

    /** The route along one line of points. */
    public static Route along(List<RoutePoint> points) {
        return alongSegments(List.of(points));
    }

    /**
     * The route along these segments (the gap between two segments is no distance and no climb); refuses what is
     * empty or absurd with {@link InvalidRoute}.
     */
    public static Route alongSegments(Collection<List<RoutePoint>> segments) {
        int count = segments.stream().mapToInt(List::size).sum();
        if (count < 2) {
            throw new InvalidRoute("a route needs at least 2 points, the file has " + count);
        }
        if (count > MAX_POINTS) {
            throw new InvalidRoute("a route has at most " + MAX_POINTS + " points, the file has " + count);
        }
        double distance = 0;
        double gain = 0;
        double loss = 0;
        double minLatitude = 90;
        double minLongitude = 180;
        double maxLatitude = -90;
        double maxLongitude = -180;
        for (List<RoutePoint> segment : segments) {
            RoutePoint previous = null;
            for (RoutePoint point : segment) {
                check(point);
                minLatitude = Math.min(minLatitude, point.latitude());
                minLongitude = Math.min(minLongitude, point.longitude());
                maxLatitude = Math.max(maxLatitude, point.latitude());
                maxLongitude = Math.max(maxLongitude, point.longitude());
                if (previous != null) {
                    distance += step(previous, point);
                    if (previous.elevation() != null && point.elevation() != null) {
                        double climb = point.elevation() - previous.elevation();
                        gain += Math.max(0, climb);
                        loss += Math.max(0, -climb);
                    }
                }
                previous = point;
            }
        }
        return new Route(count, distance, gain, loss, minLatitude, minLongitude, maxLatitude, maxLongitude);
    }

    private static double step(RoutePoint from, RoutePoint to) {
        double meters = Geodesic.WGS84.Inverse(from.latitude(), from.longitude(), to.latitude(), to.longitude()).s12;
        if (meters > MAX_STEP_METERS) {
            throw new InvalidRoute(String.format(Locale.ROOT, "two consecutive points are %.0f km apart", meters / 1000));
        }
        return meters;
    }

    private static void check(RoutePoint point) {
        if (!(point.latitude() >= -90 && point.latitude() <= 90 && point.longitude() >= -180 && point.longitude() <= 180)) {
            throw new InvalidRoute("a point lies outside the Earth's coordinates: " + point.latitude() + ", " + point.longitude());
        }
        if (point.elevation() != null && !(point.elevation() >= LOWEST_ELEVATION && point.elevation() <= HIGHEST_ELEVATION)) {
            throw new InvalidRoute("an elevation of " + point.elevation() + " m is not on the Earth's surface");
        }
    }

    /** A route file that parses but cannot be a route: empty, too long, off the Earth. */
    public static class InvalidRoute extends RuntimeException {

        public InvalidRoute(String message) {
            super(message);
        }
    }
}
