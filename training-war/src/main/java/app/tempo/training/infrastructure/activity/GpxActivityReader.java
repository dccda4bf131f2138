package app.tempo.training.infrastructure.activity;

import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.infrastructure.gpx.GpxDocuments;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.WayPoint;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * GPX tracks through jpx: each track point with a time is a sample. Heart rate, cadence, power and speed come from
 * the point's extensions, as Garmin's TrackPointExtension ({@code gpxtpx:hr}, {@code gpxtpx:cad},
 * {@code gpxtpx:speed}) and the common {@code power} element write them (matched by local name, whatever the prefix).
 */
final class GpxActivityReader implements ActivityFiles.Reader {

    @Override
    public List<Sample> read(byte[] file) {
        GPX gpx;
        try {
            gpx = GpxDocuments.read(utf8(file));
        } catch (GpxDocuments.UnreadableGpx e) {
            throw new ActivityFiles.UnreadableActivity(e.getMessage());
        }
        return gpx.tracks().flatMap(track -> track.segments()).flatMap(segment -> segment.points())
                .filter(point -> point.getTime().isPresent()).map(GpxActivityReader::sample).toList();
    }

    private static Sample sample(WayPoint point) {
        Optional<Document> extensions = point.getExtensions();
        return new Sample(point.getTime().orElseThrow().truncatedTo(ChronoUnit.MICROS),
                extensions.flatMap(doc -> number(doc, "hr")).map(Double::intValue).orElse(null),
                extensions.flatMap(doc -> number(doc, "cad").or(() -> number(doc, "cadence"))).map(Double::intValue).orElse(null),
                extensions.flatMap(doc -> number(doc, "power").or(() -> number(doc, "watts"))).map(Double::intValue).orElse(null),
                extensions.flatMap(doc -> number(doc, "speed")).orElse(null),
                point.getLatitude().doubleValue(), point.getLongitude().doubleValue(),
                point.getElevation().map(Length::doubleValue).orElse(null));
    }

    /** The first element of this local name anywhere in the extensions, as a number; none when absent or not one. */
    private static Optional<Double> number(Document extensions, String localName) {
        NodeList found = extensions.getElementsByTagNameNS("*", localName);
        if (found.getLength() == 0) {
            found = extensions.getElementsByTagName(localName);
        }
        if (found.getLength() == 0) {
            return Optional.empty();
        }
        String text = ((Element) found.item(0)).getTextContent().strip();
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            throw new ActivityFiles.InvalidActivity(localName.toLowerCase(Locale.ROOT) + " in a point's extensions is not a number: "
                    + (text.length() > 20 ? text.substring(0, 20) + "…" : text));
        }
    }

    static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new ActivityFiles.UnreadableActivity("the file is not UTF-8 text");
        }
    }
}
