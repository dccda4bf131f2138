package app.tempo.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Whole numbers are exactly that: the default binder truncates {@code 50.7} to 50 and wraps {@code 4294967346}
 * around to 50, so a typo or an overflow would be stored as another, plausible value. Here both are refused.
 */
final class WholeNumberDeserializers {

    private WholeNumberDeserializers() {
    }

    /**
     * The range is checked on the decimal first: {@code 1e600000000} is compared by its exponent, where turning it
     * into a BigInteger would build a 250 MB number.
     */
    static BigInteger exact(JsonParser parser, BigInteger min, BigInteger max) {
        JsonNumber number = JsonValues.number(parser, "a whole number");
        if (number == null) {
            return null;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.compareTo(new BigDecimal(min)) < 0 || decimal.compareTo(new BigDecimal(max)) > 0) {
            throw new JsonbException(number + " is outside " + min + "…" + max);
        }
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("expected a whole number, got " + number);
        }
        return decimal.toBigInteger();
    }

    public static class Ints implements JsonbDeserializer<Integer> {
        private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
        private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigInteger whole = exact(parser, MIN, MAX);
            return whole == null ? null : whole.intValue();
        }
    }

    public static class Longs implements JsonbDeserializer<Long> {
        private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
        private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigInteger whole = exact(parser, MIN, MAX);
            return whole == null ? null : whole.longValue();
        }
    }
}
