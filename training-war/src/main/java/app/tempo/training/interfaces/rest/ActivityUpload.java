package app.tempo.training.interfaces.rest;

import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.training.application.RecordingService;
import app.tempo.training.infrastructure.activity.ActivityFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An uploaded activity file made into a batch of samples. The file is read whole, at most
 * {@code tempo.http.max-file-bytes} (the gateway allows as much on this path only), and its batch id is derived from
 * its SHA-256: the same file sent again is the same batch.
 */
@ApplicationScoped
public class ActivityUpload {

    static final String GPX = "application/gpx+xml";
    static final String TCX = "application/vnd.garmin.tcx+xml";
    static final String FIT = "application/vnd.ant.fit";
    static final String GPX_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="watch" xmlns="http://www.topografix.com/GPX/1/1" \
            xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><trkseg>\
            <trkpt lat="52.5200" lon="13.4050"><ele>34</ele><time>2026-11-22T07:00:00Z</time><extensions><gpxtpx:TrackPointExtension>\
            <gpxtpx:hr>128</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>\
            <trkpt lat="52.5203" lon="13.4052"><ele>35</ele><time>2026-11-22T07:00:10Z</time><extensions><gpxtpx:TrackPointExtension>\
            <gpxtpx:hr>131</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt></trkseg></trk></gpx>""";

    @Inject
    @ConfigProperty(name = "tempo.http.max-file-bytes", defaultValue = "16777216")
    long maxFileBytes;

    RecordingService.Upload read(String contentType, InputStream body, Double weightKg) {
        ActivityFiles.Format format = ActivityFiles.Format.ofMediaType(contentType).orElseThrow(() -> new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the file as " + GPX + ", " + TCX + " or " + FIT));
        byte[] file = readAtMost(body);
        try {
            return new RecordingService.Upload(batchOf(file), ActivityFiles.samples(format, file), weightKg, List.of(), List.of());
        } catch (ActivityFiles.UnreadableActivity e) {
            throw ProblemException.invalidField("file", e.getMessage());
        } catch (ActivityFiles.InvalidActivity e) {
            throw new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, "file: " + e.getMessage())
                    .withErrors(List.of(new Problem.FieldError("file", e.getMessage()))), null);
        }
    }

    private byte[] readAtMost(InputStream body) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        try (body) {
            int read;
            while ((read = body.read(chunk)) != -1) {
                file.write(chunk, 0, read);
                if (file.size() > maxFileBytes) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An activity file has at most " + maxFileBytes + " bytes");
                }
            }
        } catch (IOException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The file was not received to its end");
        }
        return file.toByteArray();
    }

    private static UUID batchOf(byte[] file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(file);
            return UUID.nameUUIDFromBytes(("activity-file:" + java.util.HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
