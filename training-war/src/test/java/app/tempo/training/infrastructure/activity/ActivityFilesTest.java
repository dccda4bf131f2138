package app.tempo.training.infrastructure.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.infrastructure.activity.ActivityFiles.Format;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityFilesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T07:00:00Z");

    @Test
    void gpxPointsWithTimesAndGarminHeartRateExtensions() {
        String gpx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="watch" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><trkseg>
                  <trkpt lat="52.5203" lon="13.4052"><ele>35</ele><time>2026-11-22T07:00:01Z</time>
                    <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>131</gpxtpx:hr><gpxtpx:cad>88</gpxtpx:cad></gpxtpx:TrackPointExtension><power>250</power></extensions></trkpt>
                  <trkpt lat="52.5200" lon="13.4050"><ele>34</ele><time>2026-11-22T07:00:00Z</time>
                    <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>128</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
                  <trkpt lat="52.5205" lon="13.4054"/>
                </trkseg></trk></gpx>""";
        List<Sample> samples = ActivityFiles.samples(Format.GPX, gpx.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, samples.size(), "a point without a time is not a recorded moment");
        assertEquals(new Sample(T0, 128, null, null, null, 52.52, 13.405, 34.0), samples.get(0), "in time order");
        assertEquals(new Sample(T0.plusSeconds(1), 131, 88, 250, null, 52.5203, 13.4052, 35.0), samples.get(1));
    }

    @Test
    void tcxTrackpointsWithHeartRateCadenceSpeedAndWatts() {
        String tcx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
                    xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
                  <Activities><Activity Sport="Biking"><Id>2026-11-22T07:00:00Z</Id><Lap StartTime="2026-11-22T07:00:00Z"><Track>
                    <Trackpoint><Time>2026-11-22T07:00:00Z</Time><Position><LatitudeDegrees>52.52</LatitudeDegrees>
                      <LongitudeDegrees>13.405</LongitudeDegrees></Position><AltitudeMeters>34.0</AltitudeMeters>
                      <HeartRateBpm><Value>140</Value></HeartRateBpm><Cadence>90</Cadence>
                      <Extensions><ns3:TPX><ns3:Speed>8.5</ns3:Speed><ns3:Watts>210</ns3:Watts></ns3:TPX></Extensions></Trackpoint>
                    <Trackpoint><Time>2026-11-22T07:00:01Z</Time><HeartRateBpm><Value>141</Value></HeartRateBpm></Trackpoint>
                  </Track></Lap></Activity></Activities></TrainingCenterDatabase>""";
        List<Sample> samples = ActivityFiles.samples(Format.TCX, tcx.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Sample(T0, 140, 90, 210, 8.5, 52.52, 13.405, 34.0),
                new Sample(T0.plusSeconds(1), 141, null, null, null, null, null, null)), samples);
    }

    @Test
    void fitRecordMessagesThroughGarminsSdk() {
        byte[] fit = fit(3);
        List<Sample> samples = ActivityFiles.samples(Format.FIT, fit);
        assertEquals(3, samples.size());
        Sample second = samples.get(1);
        assertEquals(T0.plusSeconds(1), second.at());
        assertEquals(121, second.heartRate());
        assertEquals(3.25, second.speed(), 0.001);
        assertEquals(52.52, second.latitude(), 1e-6, "semicircles to degrees");
        assertEquals(13.405, second.longitude(), 1e-6);
        assertEquals(101, second.altitude(), 0.5);
        assertNull(second.power());
    }

    @Test
    void aDamagedFitFileIsUnreadable() {
        byte[] fit = fit(10);
        fit[fit.length / 2] ^= 0x5A;
        assertThrows(ActivityFiles.UnreadableActivity.class, () -> ActivityFiles.samples(Format.FIT, fit), "its checksum fails");
        assertThrows(ActivityFiles.UnreadableActivity.class, () -> ActivityFiles.samples(Format.FIT, "not fit".getBytes(StandardCharsets.UTF_8)));
        byte[] cut = java.util.Arrays.copyOf(fit(10), 40);
        assertThrows(ActivityFiles.UnreadableActivity.class, () -> ActivityFiles.samples(Format.FIT, cut));
    }

    @Test
    void externalEntitiesAndForeignDocumentsAreRefused() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <TrainingCenterDatabase><Activities><Activity><Lap><Track><Trackpoint><Time>&e;</Time></Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>""";
        assertThrows(ActivityFiles.UnreadableActivity.class, () -> ActivityFiles.samples(Format.TCX, xxe.getBytes(StandardCharsets.UTF_8)));
        assertThrows(ActivityFiles.UnreadableActivity.class, () -> ActivityFiles.samples(Format.TCX, "<gpx/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ActivityFiles.UnreadableActivity.class, () -> ActivityFiles.samples(Format.TCX, "<Trainin".getBytes(StandardCharsets.UTF_8)));
        assertThrows(ActivityFiles.UnreadableActivity.class, () -> ActivityFiles.samples(Format.GPX, new byte[] {(byte) 0xC3, 0x28}),
                "not UTF-8");
    }

    @Test
    void aFileWithoutARecordingOrWithAbsurdValuesIsInvalid() {
        String route = """
                <gpx version="1.1" creator="planner" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
                <trkpt lat="52.52" lon="13.405"/><trkpt lat="52.53" lon="13.406"/></trkseg></trk></gpx>""";
        ActivityFiles.InvalidActivity untimed = assertThrows(ActivityFiles.InvalidActivity.class,
                () -> ActivityFiles.samples(Format.GPX, route.getBytes(StandardCharsets.UTF_8)));
        assertTrue(untimed.getMessage().contains("no recorded points"), untimed.getMessage());
        String absurd = """
                <TrainingCenterDatabase><Activities><Activity><Lap><Track><Trackpoint><Time>2026-11-22T07:00:00Z</Time>
                <HeartRateBpm><Value>900</Value></HeartRateBpm></Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>""";
        assertThrows(ActivityFiles.InvalidActivity.class, () -> ActivityFiles.samples(Format.TCX, absurd.getBytes(StandardCharsets.UTF_8)));
        String notANumber = absurd.replace("900", "fast");
        assertThrows(ActivityFiles.InvalidActivity.class, () -> ActivityFiles.samples(Format.TCX, notANumber.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mediaTypesNameTheFormats() {
        assertEquals(Format.FIT, Format.ofMediaType("application/vnd.ant.fit").orElseThrow());
        assertEquals(Format.GPX, Format.ofMediaType("Application/GPX+XML; charset=utf-8").orElseThrow());
        assertTrue(Format.ofMediaType("application/json").isEmpty());
        assertTrue(Format.ofMediaType(null).isEmpty());
    }

    /** A FIT activity of {@code seconds} records, one a second, written with the SDK's encoder. */
    private static byte[] fit(int seconds) {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        id.setSerialNumber(12345L);
        id.setTimeCreated(new DateTime(Date.from(T0)));
        encoder.write(id);
        for (int second = 0; second < seconds; second++) {
            RecordMesg record = new RecordMesg();
            record.setTimestamp(new DateTime(Date.from(T0.plusSeconds(second))));
            record.setHeartRate((short) (120 + second));
            record.setEnhancedSpeed(3.25f);
            record.setPositionLat((int) Math.round(52.52 / (180.0 / (1L << 31))));
            record.setPositionLong((int) Math.round(13.405 / (180.0 / (1L << 31))));
            record.setEnhancedAltitude(100f + second);
            encoder.write(record);
        }
        return encoder.close();
    }
}
