package app.tempo.training.infrastructure.gpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.training.domain.model.route.RouteFile;
import app.tempo.training.domain.model.route.RoutePoint;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.XMLProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpxDocumentsTest {

    private static final String TRACK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="watch" xmlns="http://www.topografix.com/GPX/1/1">
              <trk><name>Morning</name>
                <trkseg><trkpt lat="52.5200" lon="13.4050"><ele>34.5</ele></trkpt><trkpt lat="52.5210" lon="13.4060"/></trkseg>
                <trkseg><trkpt lat="52.5220" lon="13.4070"><ele>36</ele></trkpt></trkseg>
              </trk>
            </gpx>""";

    @Test
    void aTracksPointsAreReadInOrderSegmentBySegment() {
        assertEquals(List.of(List.of(new RoutePoint(52.52, 13.405, 34.5), new RoutePoint(52.521, 13.406, null)),
                List.of(new RoutePoint(52.522, 13.407, 36.0))), GpxDocuments.segments(TRACK));
    }

    @Test
    void aRouteIsReadWhenThereIsNoTrack() {
        String route = """
                <gpx version="1.1" creator="planner" xmlns="http://www.topografix.com/GPX/1/1">
                  <rte><rtept lat="1.5" lon="2.5"/><rtept lat="1.6" lon="2.6"/></rte>
                </gpx>""";
        assertEquals(List.of(List.of(new RoutePoint(1.5, 2.5, null), new RoutePoint(1.6, 2.6, null))), GpxDocuments.segments(route));
    }

    @Test
    void whatTempoKeepsIsThePointsAndReadsBackTheSame() {
        String upload = TRACK.replace("<trk><name>Morning</name>", "<metadata><author><name>Alice Liddell</name></author></metadata><trk><name>Morning</name>");
        RouteFile kept = GpxDocuments.routeFile(upload);
        assertTrue(!kept.document().contains("Alice") && !kept.document().contains("Morning"), "nothing but points: " + kept.document());
        assertEquals(GpxDocuments.segments(TRACK), GpxDocuments.segments(kept.document()));
        assertEquals(3, kept.route().points());
        assertEquals(kept.digest(), GpxDocuments.routeFile(TRACK).digest(), "the same points are the same route");
    }

    @Test
    void deeplyNestedElementsAreRefusedNotOverflowed() {
        String nested = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        String document = TRACK.replace("<trk><name>Morning</name>", "<extensions>" + nested + "</extensions><trk><name>Morning</name>");
        assertThrows(GpxDocuments.UnreadableGpx.class, () -> GpxDocuments.segments(document));
    }

    @Test
    void jpxReadsWithTheHardenedParser() {
        assertInstanceOf(HardenedXmlProvider.class, XMLProvider.provider(), "registered in META-INF/services");
    }

    @Test
    void notGpxIsRefused() {
        for (String text : List.of("", "not xml", "<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"x\" lon=\"1\"/></trkseg></trk></gpx>",
                "<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg><trkpt lat=\"1\"",
                "{\"json\": true}")) {
            assertThrows(GpxDocuments.UnreadableGpx.class, () -> GpxDocuments.segments(text), text);
        }
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path directory) throws Exception {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "42.0");
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE gpx [<!ENTITY secret SYSTEM "%s">]>
                <gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
                  <trk><trkseg><trkpt lat="1" lon="1"><ele>&secret;</ele></trkpt><trkpt lat="1.1" lon="1"/></trkseg></trk>
                </gpx>""".formatted(secret.toUri());
        assertThrows(GpxDocuments.UnreadableGpx.class, () -> GpxDocuments.segments(attack));
        // jpx itself, past Tempo's text check, with the registered parser: the DTD is refused, the file never read
        Exception refused = assertThrows(Exception.class, () -> GPX.Reader.of(GPX.Reader.Mode.STRICT).fromString(attack));
        assertTrue(!String.valueOf(refused.getMessage()).contains("42.0"));
    }
}
