package app.tempo.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B that reads every request body: stricter than the default, for every field of every endpoint at once
 * (README, "Input rules"). Text must be a JSON string without control characters; instants and dates must lie in
 * the years the API accepts; numbers and flags must be JSON numbers and booleans that fit
 * their field exactly. A value that breaks a rule fails binding, which answers 400 naming the field.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = create();

    public static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withDeserializers(
                new TextDeserializer(), new InstantDeserializer(), new LocalDateDeserializer(),
                new WholeNumberDeserializers.Ints(), new WholeNumberDeserializers.Longs(), new DecimalDeserializer(),
                new BooleanDeserializer()));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
