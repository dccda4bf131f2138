package app.tempo.training.domain.model.schedule;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A recurrence in one text column: {@code days=MONDAY,WEDNESDAY;interval=1;until=2027-03-01;changes=2026-12-09/cancelled,
 * 2026-12-14/2026-12-15T17:00:00Z} ({@code count=10} instead of until).
 */
@Converter
public class RecurrenceConverter implements AttributeConverter<Recurrence, String> {

    @Override
    public String convertToDatabaseColumn(Recurrence recurrence) {
        if (recurrence == null) {
            return null;
        }
        return "days=" + recurrence.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","))
                + ";interval=" + recurrence.interval()
                + (recurrence.until() != null ? ";until=" + recurrence.until() : ";count=" + recurrence.count())
                + ";changes=" + recurrence.changes().stream()
                .map(change -> change.date() + "/" + (change.cancelled() ? "cancelled" : change.movedTo().toString()))
                .collect(Collectors.joining(","));
    }

    @Override
    public Recurrence convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int interval = 1;
        LocalDate until = null;
        Integer count = null;
        List<OccurrenceChange> changes = new ArrayList<>();
        for (String part : column.split(";")) {
            String[] pair = part.split("=", 2);
            String value = pair[1];
            switch (pair[0]) {
                case "days" -> Arrays.stream(value.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
                case "interval" -> interval = Integer.parseInt(value);
                case "until" -> until = LocalDate.parse(value);
                case "count" -> count = Integer.valueOf(value);
                case "changes" -> {
                    for (String change : value.isEmpty() ? new String[0] : value.split(",")) {
                        String[] dateAndWhat = change.split("/", 2);
                        boolean cancelled = dateAndWhat[1].equals("cancelled");
                        changes.add(new OccurrenceChange(LocalDate.parse(dateAndWhat[0]), cancelled,
                                cancelled ? null : Instant.parse(dateAndWhat[1])));
                    }
                }
                default -> throw new IllegalStateException("unknown part of a stored recurrence: " + pair[0]);
            }
        }
        return new Recurrence(days, interval, until, count, changes);
    }
}
