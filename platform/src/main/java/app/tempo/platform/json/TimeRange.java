package app.tempo.platform.json;

import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a date or instant of the API may name: wide enough for any athlete's history and plans, narrow enough
 * that every value fits PostgreSQL and means something (year 99999 or -300000 is a client bug, not a training).
 */
final class TimeRange {

    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant END = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private TimeRange() {
    }

    static JsonbException outside(String value) {
        return new JsonbException(value + " is outside the years " + FIRST_DAY.getYear() + "–" + LAST_DAY.getYear());
    }
}
