package app.tempo.training.infrastructure.gpx;

import app.tempo.training.domain.model.route.RoutePoint;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.WayPoint;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the points of a GPX 1.1 (or 1.0) document, and writes points as one, with jpx. */
public final class GpxDocuments {

    private static final Pattern PARSE_POSITION = Pattern.compile("\\[row,col\\]:\\[(\\d+),(\\d+)\\]");

    private GpxDocuments() {
    }

    /**
     * The points of the document's tracks, in order (all segments of all tracks), or of its routes when it has no
     * track. A document jpx cannot read, or one with a DTD, is {@link UnreadableGpx}.
     */
    public static List<RoutePoint> points(String document) {
        if (document.contains("<!DOCTYPE") || document.contains("<!ENTITY")) {
            throw new UnreadableGpx("a GPX file has no document type declaration");
        }
        GPX gpx;
        try {
            gpx = GPX.Reader.of(GPX.Reader.Mode.STRICT).fromString(document);
        } catch (RuntimeException e) {
            throw new UnreadableGpx("not a GPX 1.0 or 1.1 document" + where(e.getMessage()));
        }
        List<WayPoint> trackPoints = gpx.tracks().flatMap(track -> track.segments()).flatMap(segment -> segment.points()).toList();
        Stream<WayPoint> points = trackPoints.isEmpty() ? gpx.routes().flatMap(route -> route.points()) : trackPoints.stream();
        return points.map(point -> new RoutePoint(point.getLatitude().doubleValue(), point.getLongitude().doubleValue(),
                point.getElevation().map(Length::doubleValue).orElse(null))).toList();
    }

    /** A GPX 1.1 document with one track of these points. */
    public static String of(String name, List<RoutePoint> points) {
        GPX gpx = GPX.builder("Tempo").addTrack(track -> track.name(name).addSegment(segment -> points.forEach(point ->
                segment.addPoint(waypoint -> {
                    waypoint.lat(point.latitude()).lon(point.longitude());
                    if (point.elevation() != null) {
                        waypoint.ele(point.elevation());
                    }
                })))).build();
        return GPX.Writer.DEFAULT.toString(gpx);
    }

    /** Where the XML parser stopped, if it said (never its own words: they name Java classes). */
    private static String where(String message) {
        Matcher position = PARSE_POSITION.matcher(message == null ? "" : message);
        return position.find() ? " (the XML breaks at line " + position.group(1) + ", column " + position.group(2) + ")" : "";
    }

    /** The text is not a GPX document Tempo reads. */
    public static class UnreadableGpx extends RuntimeException {

        public UnreadableGpx(String message) {
            super(message);
        }
    }
}
