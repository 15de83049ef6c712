package org.concord.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concord.kernel.Refusal;

/**
 * A request's JSON body, read strictly: it must be one object, hold only the fields the call
 * knows, and each field must have its type (text, whole number, date {@code YYYY-MM-DD}, list);
 * anything else is refused on that field before any service is called, so nothing is stored.
 */
final class JsonInput {

    private final JsonObject object;

    private JsonInput(JsonObject object) {
        this.object = object;
    }

    /** Reads {@code body}, refusing malformed JSON, anything but an object, and fields not in {@code known}. */
    static JsonInput read(String body, Set<String> known) {
        if (body == null || body.isBlank()) {
            throw new Refusal("api.json.empty");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException malformed) {
            throw new Refusal("api.json.malformed");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refusal("api.json.notObject");
        }
        JsonObject object = value.asJsonObject();
        for (String field : object.keySet()) {
            if (!known.contains(field)) {
                throw new Refusal("api.json.unknownField", field).on(field);
            }
        }
        return new JsonInput(object);
    }

    private boolean absent(String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    /** A text, or null when absent. */
    String text(String field) {
        if (absent(field)) {
            return null;
        }
        if (object.get(field) instanceof JsonString text) {
            return text.getString();
        }
        throw new Refusal("api.json.text").on(field);
    }

    /** A text that must be there. */
    String requiredText(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            throw new Refusal("api.json.required").on(field);
        }
        return text;
    }

    /** A whole number, or null when absent. */
    Integer integer(String field) {
        if (absent(field)) {
            return null;
        }
        if (object.get(field) instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooBig) {
                throw new Refusal("api.json.integer").on(field);
            }
        }
        throw new Refusal("api.json.integer").on(field);
    }

    /** A yes or no, or {@code otherwise} when absent. */
    boolean bool(String field, boolean otherwise) {
        if (absent(field)) {
            return otherwise;
        }
        JsonValue value = object.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new Refusal("api.json.boolean").on(field);
    }

    /** A date written YYYY-MM-DD, or null when absent. */
    LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            throw new Refusal("api.json.date").on(field);
        }
    }

    /** A date that must be there. */
    LocalDate requiredDate(String field) {
        LocalDate date = date(field);
        if (date == null) {
            throw new Refusal("api.json.required").on(field);
        }
        return date;
    }

    /** A list of whole numbers (ids), empty when absent. */
    List<Long> ids(String field) {
        List<Long> ids = new ArrayList<>();
        for (JsonValue value : array(field)) {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                ids.add(number.longValue());
            } else {
                throw new Refusal("api.json.ids").on(field);
            }
        }
        return ids;
    }

    /** A list of texts, empty when absent. */
    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (JsonValue value : array(field)) {
            if (value instanceof JsonString text) {
                texts.add(text.getString());
            } else {
                throw new Refusal("api.json.texts").on(field);
            }
        }
        return texts;
    }

    private JsonArray array(String field) {
        if (absent(field)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (object.get(field) instanceof JsonArray array) {
            return array;
        }
        throw new Refusal("api.json.list").on(field);
    }
}
