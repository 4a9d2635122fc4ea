package org.rocbap.survey.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The realm the run command and the tests import: the production realm ({@code rocb-realm.json}, no
 * users, no secrets) with the development overlay laid over it (demo users, development secrets, the demo staff and head
 * without the one-time password), and
 * the application's address filled in where the production realm leaves {@code ${SURVEY_PUBLIC_URL}}
 * for the site to set.
 */
final class DemoRealm {

    static final String PUBLIC_URL = "${SURVEY_PUBLIC_URL}";

    private DemoRealm() {}

    static String merged(Path realm, Path overlay, String publicUrl) throws IOException {
        JsonObject base = read(realm);
        JsonObject extra = read(overlay);
        JsonObjectBuilder result = Json.createObjectBuilder(base);
        for (Map.Entry<String, JsonValue> entry : extra.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("_")) {
                continue;
            }
            switch (key) {
                case "clients" ->
                    result.add(
                            key, byName(base.getJsonArray(key), entry.getValue().asJsonArray(), "clientId"));
                case "users" ->
                    result.add(
                            key, byName(base.getJsonArray(key), entry.getValue().asJsonArray(), "username"));
                case "roles" -> {
                    JsonObject roles = base.getJsonObject(key);
                    JsonArray realmRoles = byName(
                            roles.getJsonArray("realm"),
                            entry.getValue().asJsonObject().getJsonArray("realm"),
                            "name");
                    result.add(key, Json.createObjectBuilder(roles).add("realm", realmRoles));
                }
                default -> result.add(key, entry.getValue());
            }
        }
        return result.build().toString().replace(PUBLIC_URL, publicUrl);
    }

    /** The base's entries, each with the overlay's fields of the same name laid over it, then the overlay's new ones. */
    private static JsonArray byName(JsonArray base, JsonArray overlay, String nameField) {
        Map<String, JsonObject> merged = new LinkedHashMap<>();
        if (base != null) {
            base.getValuesAs(JsonObject.class).forEach(o -> merged.put(o.getString(nameField), o));
        }
        for (JsonObject o : overlay.getValuesAs(JsonObject.class)) {
            JsonObject existing = merged.get(o.getString(nameField));
            merged.put(
                    o.getString(nameField),
                    existing == null
                            ? o
                            : Json.createObjectBuilder(existing)
                                    .addAll(Json.createObjectBuilder(o))
                                    .build());
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        merged.values().forEach(array::add);
        return array.build();
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
