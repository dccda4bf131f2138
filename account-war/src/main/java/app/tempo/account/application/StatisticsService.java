package app.tempo.account.application;

import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileRepository;
import app.tempo.account.domain.model.completion.CompletedTraining;
import app.tempo.account.domain.model.completion.CompletionRepository;
import app.tempo.account.domain.model.statistics.Period;
import app.tempo.account.domain.model.statistics.StatisticsRepository;
import app.tempo.account.domain.model.statistics.StatisticsWindows;
import app.tempo.account.domain.model.statistics.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Totals per sport and calendar period, kept pre-aggregated as completions arrive, in the athlete's time zone. */
@ApplicationScoped
@Transactional
public class StatisticsService {

    @Inject
    StatisticsRepository statistics;

    @Inject
    CompletionRepository completions;

    @Inject
    ProfileRepository profiles;

    public ZoneId zoneOf(String athlete) {
        return profiles.find(athlete).map(Profile::timeZone).orElse(ZoneOffset.UTC);
    }

    public List<StatisticsRepository.Row> totals(String athlete, Period period, LocalDate from, LocalDate to, String sport) {
        return statistics.totals(athlete, period, from, to, sport);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(CompletedTraining training, ZoneId zone) {
        add(training, zone, Totals.of(training));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void uncount(CompletedTraining training, ZoneId zone) {
        add(training, zone, Totals.of(training).negated());
    }

    private void add(CompletedTraining training, ZoneId zone, Totals totals) {
        StatisticsWindows.of(training.sport(), training.completedAt(), zone)
                .forEach(window -> statistics.add(training.athlete(), window, totals));
    }

    /** Totals again from every completion, when the athlete's time zone moved their calendar. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild(String athlete, ZoneId zone) {
        statistics.replaceAll(athlete, StatisticsWindows.total(completions.all(athlete), zone));
    }
}
