package app.tempo.training.infrastructure.gpx;

import app.tempo.training.domain.model.route.Route;
import app.tempo.training.domain.model.route.RouteFile;
import app.tempo.training.domain.model.route.RoutePoint;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.WayPoint;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/**
 * GPX documents in and out, with jpx. Documents go to and from jpx as characters (never through the JVM's default
 * charset): the text already is Unicode, as it arrived in JSON.
 */
public final class GpxDocuments {

    private static final Pattern PARSE_POSITION = Pattern.compile("\\[row,col\\]:\\[(\\d+),(\\d+)\\]");
    private static final GPX.Writer COMPACT = GPX.Writer.of(GPX.Writer.Indent.NULL);

    private GpxDocuments() {
    }

    /**
     * An uploaded GPX document as Tempo keeps it: its route, and the document Tempo writes of its points (one track,
     * a segment per segment, no names, times or extensions: nothing personal stays).
     */
    public static RouteFile routeFile(String upload) {
        List<List<RoutePoint>> segments = segments(upload);
        return RouteFile.of(Route.alongSegments(segments), write(segments));
    }

    /**
     * The points of the document's track segments, in order (a gap between segments is no distance), or of each of
     * its routes when it has no track. A document jpx cannot read, or one with a DTD, is {@link UnreadableGpx}.
     */
    public static List<List<RoutePoint>> segments(String document) {
        GPX gpx = read(document);
        List<List<RoutePoint>> tracks = gpx.tracks().flatMap(track -> track.segments())
                .map(segment -> segment.points().map(GpxDocuments::point).toList()).filter(points -> !points.isEmpty()).toList();
        return tracks.isEmpty() ? gpx.routes().map(route -> route.points().map(GpxDocuments::point).toList()).toList() : tracks;
    }

    /** The document as jpx reads it; one jpx cannot read, or one with a DTD, is {@link UnreadableGpx}. */
    public static GPX read(String document) {
        if (document.contains("<!DOCTYPE") || document.contains("<!ENTITY")) {
            throw new UnreadableGpx("a GPX file has no document type declaration");
        }
        try {
            return GPX.Reader.of(GPX.Reader.Mode.STRICT).read(new StreamSource(new StringReader(document)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableGpx("not a GPX 1.0 or 1.1 document" + where(e.getMessage()));
        }
    }

    private static RoutePoint point(WayPoint point) {
        return new RoutePoint(point.getLatitude().doubleValue(), point.getLongitude().doubleValue(),
                point.getElevation().map(Length::doubleValue).orElse(null));
    }

    /** A GPX 1.1 document with one track of these segments. */
    static String write(List<List<RoutePoint>> segments) {
        GPX gpx = GPX.builder("Tempo").addTrack(track -> segments.forEach(points -> track.addSegment(segment -> points.forEach(point ->
                segment.addPoint(waypoint -> {
                    waypoint.lat(point.latitude()).lon(point.longitude());
                    if (point.elevation() != null) {
                        waypoint.ele(point.elevation());
                    }
                }))))).build();
        StringWriter text = new StringWriter();
        try {
            COMPACT.write(gpx, new StreamResult(text));
        } catch (IOException e) {
            throw new UncheckedIOException("writing GPX to memory failed", e);
        }
        return text.toString();
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
