package app.tempo.training.infrastructure.activity;

import app.tempo.training.domain.model.recording.Sample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A recorded activity file read into samples, in time order, one per instant (a file that repeats an instant keeps
 * its first sample). A file that is not of its format is {@link UnreadableActivity} (400); one that reads but holds
 * no recording, or more than {@link #MAX_SAMPLES}, or values no device records, is {@link InvalidActivity} (422).
 */
public final class ActivityFiles {

    /** 55 hours at 1 Hz: more than any single activity. */
    public static final int MAX_SAMPLES = 200_000;

    /** The formats, by the media type a client sends them as. */
    public enum Format {
        GPX("application/gpx+xml"), TCX("application/vnd.garmin.tcx+xml"), FIT("application/vnd.ant.fit");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Format> ofMediaType(String type) {
            if (type == null) {
                return Optional.empty();
            }
            String bare = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (format.mediaType.equals(bare)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** One reader per format. */
    interface Reader {
        List<Sample> read(byte[] file);
    }

    private ActivityFiles() {
    }

    public static List<Sample> samples(Format format, byte[] file) {
        Reader reader = switch (format) {
            case GPX -> new GpxActivityReader();
            case TCX -> new TcxActivityReader();
            case FIT -> new FitActivityReader();
        };
        List<Sample> samples;
        try {
            samples = reader.read(file);
        } catch (Sample.InvalidSample e) {
            throw new InvalidActivity(e.getMessage());
        }
        if (samples.isEmpty()) {
            throw new InvalidActivity("the file holds no recorded points with a time");
        }
        if (samples.size() > MAX_SAMPLES) {
            throw new InvalidActivity("at most " + MAX_SAMPLES + " recorded points, the file has " + samples.size());
        }
        List<Sample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparing(Sample::at));
        List<Sample> once = new ArrayList<>(ordered.size());
        for (Sample sample : ordered) {
            if (once.isEmpty() || !once.get(once.size() - 1).at().equals(sample.at())) {
                once.add(sample);
            }
        }
        return once;
    }

    /** The bytes are not a file of the format. */
    public static class UnreadableActivity extends RuntimeException {

        public UnreadableActivity(String message) {
            super(message);
        }
    }

    /** The file reads, but is no recording Tempo takes. */
    public static class InvalidActivity extends RuntimeException {

        public InvalidActivity(String message) {
            super(message);
        }
    }
}
