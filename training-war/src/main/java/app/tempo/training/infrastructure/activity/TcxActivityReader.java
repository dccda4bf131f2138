package app.tempo.training.infrastructure.activity;

import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.infrastructure.gpx.HardenedXmlProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Garmin Training Center (TCX) files, read with the JDK's StAX parser secured as for GPX (no DTD, no external
 * entities, limited nesting): no maintained TCX library exists. Each {@code Trackpoint} with a {@code Time} is a
 * sample: position, altitude, heart rate, cadence, and speed and watts from the {@code TPX} extension; elements are
 * matched by local name, so any namespace prefix reads.
 */
final class TcxActivityReader implements ActivityFiles.Reader {

    @Override
    public List<Sample> read(byte[] file) {
        String text = GpxActivityReader.utf8(file);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new ActivityFiles.UnreadableActivity("a TCX file has no document type declaration");
        }
        List<Sample> samples = new ArrayList<>();
        boolean sawTrainingCenter = false;
        try {
            XMLInputFactory factory = new HardenedXmlProvider().xmlInputFactory();
            factory.setProperty(XMLInputFactory.IS_COALESCING, true); // a text node as one event, however the parser buffers
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
            Deque<String> path = new ArrayDeque<>();
            Point point = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    sawTrainingCenter |= path.isEmpty() && name.equals("TrainingCenterDatabase");
                    path.push(name);
                    if (name.equals("Trackpoint")) {
                        point = new Point();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && point != null && !xml.isWhiteSpace()) {
                    point.take(path, xml.getText().strip());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (path.pop().equals("Trackpoint") && point != null) {
                        point.toSample().ifPresent(samples::add);
                        point = null;
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ActivityFiles.InvalidActivity || e instanceof Sample.InvalidSample) {
                throw (RuntimeException) e;
            }
            throw new ActivityFiles.UnreadableActivity("not a TCX document (the XML does not read to its end)");
        }
        if (!sawTrainingCenter) {
            throw new ActivityFiles.UnreadableActivity("not a TCX document: its root is not TrainingCenterDatabase");
        }
        return samples;
    }

    /** What one Trackpoint said so far. */
    private static final class Point {
        private Instant time;
        private Double latitude;
        private Double longitude;
        private Double altitude;
        private Integer heartRate;
        private Integer cadence;
        private Double speed;
        private Integer watts;

        void take(Deque<String> path, String text) {
            String element = path.peek();
            String parent = parentOf(path);
            switch (element) {
                case "Time" -> time = time(text);
                case "LatitudeDegrees" -> latitude = number(element, text);
                case "LongitudeDegrees" -> longitude = number(element, text);
                case "AltitudeMeters" -> altitude = number(element, text);
                case "Value" -> {
                    if (parent.equals("HeartRateBpm")) {
                        heartRate = number(parent, text).intValue();
                    }
                }
                case "Cadence", "RunCadence" -> cadence = number(element, text).intValue();
                case "Speed" -> speed = number(element, text);
                case "Watts" -> watts = number(element, text).intValue();
                default -> { }
            }
        }

        private static String parentOf(Deque<String> path) {
            Iterator<String> outward = path.iterator();
            outward.next();
            return outward.hasNext() ? outward.next() : "";
        }

        java.util.Optional<Sample> toSample() {
            return time == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new Sample(time, heartRate, cadence, watts, speed, latitude, longitude, altitude));
        }

        private static Instant time(String text) {
            try {
                return Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException e) {
                throw new ActivityFiles.InvalidActivity("a Trackpoint's Time is not an ISO-8601 instant: " + abbreviated(text));
            }
        }

        private static Double number(String element, String text) {
            try {
                double value = Double.parseDouble(text);
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new ActivityFiles.InvalidActivity(element + " is not a number: " + abbreviated(text));
            }
        }

        private static String abbreviated(String text) {
            return text.length() > 30 ? text.substring(0, 30) + "…" : text;
        }
    }
}
