package org.rocbap.survey.api.shared;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import org.rocbap.survey.shared.rules.WholeNumbers;

/**
 * How the API reads JSON: a count must be a whole number that fits, or the request is refused with
 * the field named. JSON-B's default quietly wraps 4294967297 to 1, rounds 1.5 to 1 and reads 1e400
 * as 0, which would store a number nobody sent.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeNumber()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Reads an {@code Integer} only from a JSON number without fraction within the range of an {@code int}. */
    public static final class WholeNumber implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            Integer whole = value instanceof JsonNumber number ? WholeNumbers.toInt(number.bigDecimalValue()) : null;
            if (whole == null) {
                throw new JsonbException("expected a whole number between " + Integer.MIN_VALUE + " and "
                        + Integer.MAX_VALUE + ", not " + value);
            }
            return whole;
        }
    }
}
