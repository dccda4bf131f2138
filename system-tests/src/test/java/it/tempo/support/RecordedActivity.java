package it.tempo.support;

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
import java.util.Locale;

/**
 * A recorded run as a watch writes it, one point a second, in each format Tempo imports: northward from the equator
 * at {@value #DEGREES_PER_SECOND}° a second (3.32 m/s), heart rate 140-159, cadence 170-174, altitude climbing 1 m
 * every 100 s.
 */
public final class RecordedActivity {

    public static final double DEGREES_PER_SECOND = 0.00003;
    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / (1L << 31);

    private final Instant start;
    private final int seconds;

    public RecordedActivity(Instant start, int seconds) {
        this.start = start;
        this.seconds = seconds;
    }

    public byte[] gpx() {
        StringBuilder gpx = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="Tempo test watch" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><name>Run</name><trkseg>
                """);
        for (int second = 0; second < seconds; second++) {
            gpx.append(String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"0.0\"><ele>%.1f</ele><time>%s</time><extensions>"
                            + "<gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr><gpxtpx:cad>%d</gpxtpx:cad></gpxtpx:TrackPointExtension>"
                            + "</extensions></trkpt>%n", latitude(second), altitude(second), start.plusSeconds(second), heartRate(second),
                    cadence(second)));
        }
        return gpx.append("</trkseg></trk></gpx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] tcx() {
        StringBuilder tcx = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
                    xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Activities><Activity Sport="Running">
                """).append("<Id>").append(start).append("</Id><Lap StartTime=\"").append(start).append("\"><Track>\n");
        for (int second = 0; second < seconds; second++) {
            tcx.append(String.format(Locale.ROOT, "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.7f</LatitudeDegrees>"
                            + "<LongitudeDegrees>0.0</LongitudeDegrees></Position><AltitudeMeters>%.1f</AltitudeMeters>"
                            + "<HeartRateBpm><Value>%d</Value></HeartRateBpm><Extensions><ns3:TPX><ns3:RunCadence>%d</ns3:RunCadence>"
                            + "</ns3:TPX></Extensions></Trackpoint>%n", start.plusSeconds(second), latitude(second), altitude(second),
                    heartRate(second), cadence(second)));
        }
        return tcx.append("</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] fit() {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        id.setSerialNumber(4242L);
        id.setTimeCreated(new DateTime(Date.from(start)));
        encoder.write(id);
        for (int second = 0; second < seconds; second++) {
            RecordMesg record = new RecordMesg();
            record.setTimestamp(new DateTime(Date.from(start.plusSeconds(second))));
            record.setPositionLat((int) Math.round(latitude(second) / DEGREES_PER_SEMICIRCLE));
            record.setPositionLong(0);
            record.setEnhancedAltitude((float) altitude(second));
            record.setHeartRate((short) heartRate(second));
            record.setCadence((short) cadence(second));
            encoder.write(record);
        }
        return encoder.close();
    }

    private static double latitude(int second) {
        return second * DEGREES_PER_SECOND;
    }

    private static double altitude(int second) {
        return 100 + second / 100;
    }

    private static int heartRate(int second) {
        return 140 + second % 20;
    }

    private static int cadence(int second) {
        return 170 + second % 5;
    }
}
