package app.tempo.account.domain.model.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An athlete's public profile, one per SSO subject, created on their first call. It holds only what the athlete
 * chose to show: no name, e-mail, birth date or weight (those stay with the SSO).
 */
@Entity
@Table(name = "profile")
public class Profile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] NICKNAME_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    @Id
    private String subject;

    @Column(nullable = false)
    private String nickname;

    @Column(name = "avatar_url")
    private String avatarUrl;

    @Column(nullable = false)
    private String sports;

    @Column(nullable = false)
    private String visibility;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String units;

    @Column(name = "default_gear", nullable = false)
    private String defaultGear;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Profile() {
    }

    /** A new athlete's profile: a generated nickname they can change, private until they say otherwise, UTC, metric. */
    public static Profile firstFor(String subject, Instant now) {
        Profile profile = new Profile();
        profile.subject = subject;
        profile.createdAt = now;
        profile.describe(new ProfileDetails(generatedNickname(), null, Set.of(), Visibility.PRIVATE, ZoneId.of("UTC"),
                Units.METRIC, Map.of()));
        return profile;
    }

    static String generatedNickname() {
        StringBuilder nickname = new StringBuilder("athlete-");
        for (int i = 0; i < 10; i++) {
            nickname.append(NICKNAME_LETTERS[RANDOM.nextInt(NICKNAME_LETTERS.length)]);
        }
        return nickname.toString();
    }

    public void describe(ProfileDetails details) {
        nickname = details.nickname();
        avatarUrl = details.avatarUrl();
        sports = details.sports().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        visibility = details.visibility().name();
        timeZone = details.timeZone().getId();
        units = details.units().name();
        defaultGear = new TreeMap<>(details.defaultGear()).entrySet().stream()
                .map(entry -> entry.getKey().name() + "=" + entry.getValue()).collect(Collectors.joining(","));
    }

    public ProfileDetails details() {
        Set<Sport> sportSet = EnumSet.noneOf(Sport.class);
        Arrays.stream(sports.split(",")).filter(name -> !name.isEmpty()).map(Sport::valueOf).forEach(sportSet::add);
        Map<Sport, UUID> defaults = new LinkedHashMap<>();
        Arrays.stream(defaultGear.split(",")).filter(pair -> !pair.isEmpty()).map(pair -> pair.split("=", 2))
                .forEach(pair -> defaults.put(Sport.valueOf(pair[0]), UUID.fromString(pair[1])));
        return new ProfileDetails(nickname, avatarUrl, sportSet, Visibility.valueOf(visibility), ZoneId.of(timeZone),
                Units.valueOf(units), defaults);
    }

    public boolean isDescribedAs(ProfileDetails details) {
        return details().equals(details);
    }

    /** The gear this athlete uses for a sport when a completion names none. */
    public UUID defaultGearFor(String sport) {
        return details().defaultGear().entrySet().stream().filter(entry -> entry.getKey().name().equals(sport))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** A deleted gear item is no longer anyone's default; answers whether this profile changed. */
    public boolean forgetDefaultGear(UUID gearId) {
        ProfileDetails details = details();
        Map<Sport, UUID> defaults = new LinkedHashMap<>(details.defaultGear());
        if (!defaults.values().removeIf(gearId::equals)) {
            return false;
        }
        describe(new ProfileDetails(details.nickname(), details.avatarUrl(), details.sports(), details.visibility(),
                details.timeZone(), details.units(), defaults));
        return true;
    }

    public String subject() {
        return subject;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public long version() {
        return version;
    }
}
