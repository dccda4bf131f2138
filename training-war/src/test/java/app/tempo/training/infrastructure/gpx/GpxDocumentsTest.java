package app.tempo.training.infrastructure.gpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.training.domain.model.route.RoutePoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
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
    void aTracksPointsAreReadInOrderAcrossSegments() {
        assertEquals(List.of(new RoutePoint(52.52, 13.405, 34.5), new RoutePoint(52.521, 13.406, null), new RoutePoint(52.522, 13.407, 36.0)),
                GpxDocuments.points(TRACK));
    }

    @Test
    void aRouteIsReadWhenThereIsNoTrack() {
        String route = """
                <gpx version="1.1" creator="planner" xmlns="http://www.topografix.com/GPX/1/1">
                  <rte><rtept lat="1.5" lon="2.5"/><rtept lat="1.6" lon="2.6"/></rte>
                </gpx>""";
        assertEquals(List.of(new RoutePoint(1.5, 2.5, null), new RoutePoint(1.6, 2.6, null)), GpxDocuments.points(route));
    }

    @Test
    void whatTempoWritesReadsBackTheSame() {
        List<RoutePoint> points = GpxDocuments.points(TRACK);
        String written = GpxDocuments.of("Morning run", points);
        assertTrue(written.contains("<name>Morning run</name>"), written);
        assertEquals(points, GpxDocuments.points(written));
    }

    @Test
    void notGpxIsRefused() {
        for (String text : List.of("", "not xml", "<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"x\" lon=\"1\"/></trkseg></trk></gpx>",
                "<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg><trkpt lat=\"1\"",
                "{\"json\": true}")) {
            assertThrows(GpxDocuments.UnreadableGpx.class, () -> GpxDocuments.points(text), text);
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
        assertThrows(GpxDocuments.UnreadableGpx.class, () -> GpxDocuments.points(attack));
        // and the parser jpx is given refuses DTDs on its own, should the text check ever be bypassed
        var factory = new HardenedXmlProvider().xmlInputFactory();
        assertEquals(Boolean.FALSE, factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
        assertEquals(Boolean.FALSE, factory.getProperty(XMLInputFactory.SUPPORT_DTD));
    }
}
