package app.tempo.training.domain.model.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * A weekly series: every {@code interval} weeks on the given days, at the first occurrence's wall-clock time in the
 * training's time zone (so 08:00 in Berlin stays 08:00 across the change to and from summer time), until a local date
 * (inclusive) or for a number of occurrences. Expanded by lib-recur (RFC 5545 RRULE); the first occurrence is the
 * training's planned start, which falls on one of the days. Occurrences may be cancelled or moved one by one.
 */
public record Recurrence(Set<DayOfWeek> days, int interval, LocalDate until, Integer count, List<OccurrenceChange> changes) {

    public static final int MAX_COUNT = 520;
    public static final int MAX_YEARS = 10;
    public static final int MAX_CHANGES = 200;
    public static final int MAX_LISTED = 500;

    public Recurrence {
        if (days == null || days.isEmpty()) {
            throw new InvalidRecurrence("a weekly series names at least one day");
        }
        if (interval < 1 || interval > 52) {
            throw new InvalidRecurrence("the interval is 1 to 52 weeks");
        }
        if ((until == null) == (count == null)) {
            throw new InvalidRecurrence("a series ends on a date (until) or after a number of occurrences (count): one of the two");
        }
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            throw new InvalidRecurrence("count is 1 to " + MAX_COUNT);
        }
        changes = changes == null ? List.of() : List.copyOf(changes);
        if (changes.size() > MAX_CHANGES) {
            throw new InvalidRecurrence("at most " + MAX_CHANGES + " cancelled or moved occurrences");
        }
        if (changes.stream().map(OccurrenceChange::date).distinct().count() != changes.size()) {
            throw new InvalidRecurrence("an occurrence is changed once");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Checks the series against its first occurrence: on one of its days, an end after it, changes of its dates only. */
    public void checkAgainst(Instant firstStart, ZoneId zone) {
        LocalDate first = firstStart.atZone(zone).toLocalDate();
        if (!days.contains(first.getDayOfWeek())) {
            throw new InvalidRecurrence("the planned start, a " + first.getDayOfWeek().name().toLowerCase(Locale.ROOT)
                    + ", is the first occurrence: it falls on one of the series' days");
        }
        if (until != null && (until.isBefore(first) || until.isAfter(first.plusYears(MAX_YEARS)))) {
            throw new InvalidRecurrence("until is on or after the planned start's date and within " + MAX_YEARS + " years of it");
        }
        Set<LocalDate> dates = new HashSet<>();
        scheduled(firstStart, zone, Instant.MAX).forEach(start -> dates.add(start.atZone(zone).toLocalDate()));
        for (OccurrenceChange change : changes) {
            if (!dates.contains(change.date())) {
                throw new InvalidRecurrence(change.date() + " is not a date of the series");
            }
        }
    }

    /** The occurrences whose start (as moved) lies in [from, to), in order of start, at most {@link #MAX_LISTED}. */
    public List<Occurrence> occurrences(Instant firstStart, ZoneId zone, Instant from, Instant to) {
        List<Occurrence> listed = new ArrayList<>();
        for (Instant scheduled : scheduled(firstStart, zone, Instant.MAX)) {
            LocalDate date = scheduled.atZone(zone).toLocalDate();
            OccurrenceChange change = changes.stream().filter(each -> each.date().equals(date)).findFirst().orElse(null);
            Occurrence occurrence = change == null ? new Occurrence(date, scheduled, scheduled, Occurrence.Status.SCHEDULED)
                    : change.cancelled() ? new Occurrence(date, scheduled, scheduled, Occurrence.Status.CANCELLED)
                    : new Occurrence(date, change.movedTo(), scheduled, Occurrence.Status.MOVED);
            if (!occurrence.start().isBefore(from) && occurrence.start().isBefore(to)) {
                listed.add(occurrence);
            }
        }
        listed.sort(java.util.Comparator.comparing(Occurrence::start));
        return listed.size() > MAX_LISTED ? listed.subList(0, MAX_LISTED) : listed;
    }

    /** The series' scheduled starts up to {@code before}, by lib-recur, ending at until or count (and ten years at most). */
    List<Instant> scheduled(Instant firstStart, ZoneId zone, Instant before) {
        RecurrenceRule rule;
        try {
            rule = new RecurrenceRule("FREQ=WEEKLY;WKST=MO;INTERVAL=" + interval + ";BYDAY="
                    + days.stream().sorted().map(day -> day.name().substring(0, 2)).collect(Collectors.joining(",")));
        } catch (InvalidRecurrenceRuleException e) {
            throw new IllegalStateException("Tempo writes only valid rules", e);
        }
        Instant horizon = firstStart.atZone(zone).plusYears(MAX_YEARS).toInstant();
        RecurrenceRuleIterator iterator = rule.iterator(firstStart.toEpochMilli(), TimeZone.getTimeZone(zone));
        List<Instant> starts = new ArrayList<>();
        while (iterator.hasNext() && (count == null || starts.size() < count)) {
            // lib-recur counts in milliseconds: the planned start's finer part is put back
            Instant start = Instant.ofEpochMilli(iterator.nextMillis()).plusNanos(firstStart.getNano() % 1_000_000);
            if (start.isAfter(horizon) || !start.isBefore(before)
                    || until != null && start.atZone(zone).toLocalDate().isAfter(until)) {
                break;
            }
            starts.add(start);
        }
        return starts;
    }
}
