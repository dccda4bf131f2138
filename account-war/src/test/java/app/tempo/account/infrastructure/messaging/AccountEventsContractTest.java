package app.tempo.account.infrastructure.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.account.domain.model.gear.ComponentKind;
import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearType;
import app.tempo.account.domain.model.hint.HintVariant;
import app.tempo.account.domain.model.hint.WearHint;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileDetails;
import app.tempo.account.domain.model.profile.Sport;
import app.tempo.account.domain.model.profile.Units;
import app.tempo.account.domain.model.profile.Visibility;
import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.account.domain.model.sensor.SensorDetails;
import app.tempo.account.domain.model.sensor.SensorKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What account-war publishes has exactly the fields, with the JSON types, of each contract's example; and no
 * contract names a field of personal data.
 */
class AccountEventsContractTest {

    private static final Path CONTRACTS = Path.of("../contracts/events/account");
    private static final Pattern PERSONAL = Pattern.compile("e-?mail|name|birth|weight|phone|address|gender|age");

    @Test
    void profileChanged() throws IOException {
        Profile profile = Profile.firstFor("subject", Instant.EPOCH);
        profile.describe(new ProfileDetails("trail_fox", "https://images.example/a.png", Set.of(Sport.RUN, Sport.HIKE),
                Visibility.PUBLIC, ZoneId.of("Europe/Berlin"), Units.METRIC, Map.of(Sport.RUN, UUID.randomUUID())));
        JsonObject published = OutboxAccountEvents.profileChangedV1(profile);
        assertEquals(shape(example("ProfileChanged")), shape(published));
        assertEquals("trail_fox", published.getString("nickname"));
    }

    @Test
    void gearWearLimitReached() throws IOException {
        Gear chain = Gear.register(UUID.randomUUID(), "subject",
                new GearDetails(GearType.COMPONENT, ComponentKind.CHAIN, "Shimano", "CN-M8100", null, 3_000_000.0, null, false, null));
        chain.recordUse(2_712_000, 361_800);
        JsonObject published = OutboxAccountEvents.gearWearLimitReachedV1(WearHint.of(chain, 0.9, HintVariant.A,
                "https://store.example.invalid/replace?type={type}"));
        assertEquals(shape(example("GearWearLimitReached")), shape(published));
        assertEquals(shape(example("GearWearLimitReached").getJsonObject("wording")), shape(published.getJsonObject("wording")));
    }

    @Test
    void sensorRegisteredAndRemoved() throws IOException {
        Sensor sensor = Sensor.register(UUID.randomUUID(), "subject", new SensorDetails(SensorKind.HEART_RATE, "C8:3A:35:0B:12:9F", "Strap"));
        JsonObject registered = OutboxAccountEvents.sensorRegisteredV1(sensor);
        assertEquals(shape(example("SensorRegistered")), shape(registered));
        assertEquals("0x180D", registered.getString("bleService"));
        assertEquals(shape(example("SensorRemoved")), shape(OutboxAccountEvents.sensorRemovedV1(sensor)));
    }

    @Test
    void noContractCarriesPersonalData() throws IOException {
        try (Stream<Path> schemas = Files.list(CONTRACTS)) {
            for (Path schema : schemas.filter(path -> path.toString().endsWith(".schema.json")).toList()) {
                JsonObject properties = read(schema).getJsonObject("properties");
                properties.keySet().forEach(field -> assertTrue(!PERSONAL.matcher(field.toLowerCase(Locale.ROOT)).find()
                                || field.equals("nickname") || field.equals("name") && schema.toString().contains("Sensor"),
                        () -> schema + " names a field of personal data: " + field));
            }
        }
    }

    private static JsonObject example(String type) throws IOException {
        return read(CONTRACTS.resolve(type + ".v1.example.json")).getJsonObject("data");
    }

    private static JsonObject read(Path file) throws IOException {
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    private static Map<String, JsonValue.ValueType> shape(JsonObject object) {
        Map<String, JsonValue.ValueType> shape = new TreeMap<>();
        object.forEach((name, value) -> shape.put(name, value.getValueType()));
        return shape;
    }
}
