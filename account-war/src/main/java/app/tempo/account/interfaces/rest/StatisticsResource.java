package app.tempo.account.interfaces.rest;

import app.tempo.account.application.StatisticsService;
import app.tempo.account.domain.model.profile.Sport;
import app.tempo.account.domain.model.statistics.Period;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.security.CurrentAthlete;
import app.tempo.platform.validation.OneOf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The athlete's totals per sport and week (ISO, from Monday), month or year, in their profile's time zone, read from
 * pre-aggregated rows. Without {@code from} and {@code to}: the last 12 weeks, 12 months or 10 years.
 */
@Path("statistics")
@RequestScoped
@RolesAllowed("athlete")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    static final int MAX_PERIODS = 120;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    @Inject
    StatisticsService statistics;

    @Inject
    CurrentAthlete athlete;

    /** At most 120 periods in one call (400 beyond); {@code sport} narrows to one sport. */
    @GET
    public StatisticsView get(@QueryParam("period") @DefaultValue("WEEK") @OneOf(Period.class) String period,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("sport") @OneOf(Sport.class) String sport) {
        Period kind = Period.valueOf(period);
        ZoneId zone = statistics.zoneOf(athlete.subject());
        LocalDate last = to == null ? LocalDate.now(zone) : date("to", to);
        LocalDate first = from == null ? kind.minus(last, kind == Period.YEAR ? 9 : 11) : date("from", from);
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to");
        }
        if (kind.count(first, last) > MAX_PERIODS) {
            throw ProblemException.invalidField("from", "at most " + MAX_PERIODS + " periods in one call");
        }
        return new StatisticsView(kind, zone.getId(), kind.startOf(first), last,
                statistics.totals(athlete.subject(), kind, first, last, sport).stream()
                        .map(row -> new StatisticsView.Total(row.periodStart(), row.sport(), row.totals().trainings(),
                                row.totals().distanceMeters(), row.totals().movingSeconds(), row.totals().elevationGainMeters(),
                                row.totals().calories())).toList());
    }

    private static LocalDate date(String name, String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalidField(name, "a date (YYYY-MM-DD) in the years 1900-2999");
    }
}
