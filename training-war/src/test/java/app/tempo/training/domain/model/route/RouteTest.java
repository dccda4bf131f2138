package app.tempo.training.domain.model.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void distancesAreGeodesicOnTheWgs84Ellipsoid() {
        // one degree of longitude on the equator is the ellipsoid's equatorial radius × π/180
        assertEquals(111_319.491, Route.along(List.of(new RoutePoint(0, 0, null), new RoutePoint(0, 1, null))).distanceMeters(), 0.001);
        // one degree of latitude from the equator, along the meridian (shorter: the ellipsoid is flattened)
        assertEquals(110_574.389, Route.along(List.of(new RoutePoint(0, 0, null), new RoutePoint(1, 0, null))).distanceMeters(), 0.001);
        // Berlin, Brandenburg Gate to Alexanderplatz and back: twice the one-way distance
        RoutePoint gate = new RoutePoint(52.516275, 13.377704, null);
        RoutePoint alex = new RoutePoint(52.521918, 13.413215, null);
        double oneWay = Route.along(List.of(gate, alex)).distanceMeters();
        assertEquals(2_487, oneWay, 5, "about 2.5 km");
        assertEquals(2 * oneWay, Route.along(List.of(gate, alex, gate)).distanceMeters(), 1e-6);
    }

    @Test
    void climbingCountsBetweenPointsThatBothHaveAnElevation() {
        Route route = Route.along(List.of(new RoutePoint(46.0, 7.0, 1000.0), new RoutePoint(46.001, 7.0, 1100.0),
                new RoutePoint(46.002, 7.0, null), new RoutePoint(46.003, 7.0, 1050.0), new RoutePoint(46.004, 7.0, 1200.0),
                new RoutePoint(46.005, 7.0, 900.0)));
        assertEquals(100 + 150, route.elevationGainMeters(), 1e-9, "the point without elevation breaks the count");
        assertEquals(300, route.elevationLossMeters(), 1e-9);
        assertEquals(6, route.points());
        assertEquals(46.0, route.minLatitude());
        assertEquals(46.005, route.maxLatitude());
        assertEquals(7.0, route.minLongitude());
    }

    @Test
    void emptyLongAndAbsurdRoutesAreRefused() {
        assertThrows(Route.InvalidRoute.class, () -> Route.along(List.of()));
        assertThrows(Route.InvalidRoute.class, () -> Route.along(List.of(new RoutePoint(1, 1, null))));
        assertThrows(Route.InvalidRoute.class, () -> Route.along(List.of(new RoutePoint(0, 0, null), new RoutePoint(91, 0, null))));
        assertThrows(Route.InvalidRoute.class, () -> Route.along(List.of(new RoutePoint(0, 0, null), new RoutePoint(0, Double.NaN, null))));
        assertThrows(Route.InvalidRoute.class, () -> Route.along(List.of(new RoutePoint(0, 0, null), new RoutePoint(0, 20, null))),
                "2,226 km in one step");
        assertThrows(Route.InvalidRoute.class, () -> Route.along(List.of(new RoutePoint(0, 0, 0.0), new RoutePoint(0, 0.001, 12_000.0))));
        List<RoutePoint> tooMany = new ArrayList<>();
        for (int i = 0; i <= Route.MAX_POINTS; i++) {
            tooMany.add(new RoutePoint(0, i * 1e-5, null));
        }
        assertThrows(Route.InvalidRoute.class, () -> Route.along(tooMany));
    }
}
