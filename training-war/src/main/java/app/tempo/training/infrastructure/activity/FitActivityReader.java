package app.tempo.training.infrastructure.activity;

import app.tempo.training.domain.model.recording.Sample;
import com.garmin.fit.Decode;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.RecordMesg;
import java.io.ByteArrayInputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** FIT activity files through Garmin's FIT SDK: each record message with a timestamp is a sample. */
final class FitActivityReader implements ActivityFiles.Reader {

    /** FIT positions are semicircles: 2^31 of them make 180°. */
    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / (1L << 31);

    @Override
    public List<Sample> read(byte[] file) {
        try {
            // a Decode reads one stream: each check has its own
            if (!new Decode().isFileFit(new ByteArrayInputStream(file)) || !new Decode().checkFileIntegrity(new ByteArrayInputStream(file))) {
                throw new ActivityFiles.UnreadableActivity("not a FIT file, or one whose checksum does not match");
            }
            List<Sample> samples = new ArrayList<>();
            MesgBroadcaster broadcaster = new MesgBroadcaster();
            broadcaster.addListener((RecordMesg record) -> {
                if (record.getTimestamp() != null) {
                    samples.add(sample(record));
                }
            });
            new Decode().read(new ByteArrayInputStream(file), broadcaster, broadcaster);
            return samples;
        } catch (ActivityFiles.UnreadableActivity | Sample.InvalidSample e) {
            throw e;
        } catch (RuntimeException e) {
            // the SDK meets a file it cannot decode in many ways: its own exception, a value read past the end, a field
            // whose declared type its getters cannot cast (a crafted definition message)
            throw new ActivityFiles.UnreadableActivity("the FIT file cannot be read to its end");
        }
    }

    private static Sample sample(RecordMesg record) {
        Float speed = record.getEnhancedSpeed() != null ? record.getEnhancedSpeed() : record.getSpeed();
        Float altitude = record.getEnhancedAltitude() != null ? record.getEnhancedAltitude() : record.getAltitude();
        Integer latitude = record.getPositionLat();
        Integer longitude = record.getPositionLong();
        boolean positioned = latitude != null && longitude != null;
        return new Sample(record.getTimestamp().getDate().toInstant().truncatedTo(ChronoUnit.MICROS),
                record.getHeartRate() == null ? null : record.getHeartRate().intValue(),
                record.getCadence() == null ? null : record.getCadence().intValue(),
                record.getPower(),
                speed == null ? null : speed.doubleValue(),
                positioned ? latitude * DEGREES_PER_SEMICIRCLE : null,
                positioned ? longitude * DEGREES_PER_SEMICIRCLE : null,
                altitude == null ? null : altitude.doubleValue());
    }
}
