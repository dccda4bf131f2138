package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.statistics.Period;
import java.time.LocalDate;
import java.util.List;

/** Totals per sport and period, latest period first, in the athlete's time zone; periods without trainings are left out. */
public record StatisticsView(Period period, String timeZone, LocalDate from, LocalDate to, List<Total> totals) {

    /** One sport's totals in one period. */
    public record Total(LocalDate periodStart, String sport, long trainings, double distanceMeters, long movingSeconds,
                        double elevationGainMeters, double calories) {
    }
}
