package org.rocbap.survey.it;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.rocbap.survey.stack.SurveyStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds every API exchange of the integration tests against the OpenAPI document the server serves,
 * with a JSON Schema 2020-12 validator (OpenAPI 3.1's schema dialect): the answer's status must be one
 * the operation lists and its JSON body must match the schema given for it; a request the server
 * accepted (2xx) must match the operation's request body schema. A request the server refused may be
 * as wrong as the test wants it. Any mismatch fails the test that made the call, naming the operation,
 * the place in the JSON and what the document says.
 */
final class ApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ApiContract> LOADED = new ConcurrentHashMap<>();

    private final ObjectNode document;
    private final String base;
    private final List<Route> routes;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** A path of the document, as a pattern over request paths; the one with fewer variables wins. */
    private record Route(String template, Pattern pattern, int variables) {}

    private ApiContract(ObjectNode document) {
        this.document = document;
        this.base = Optional.ofNullable(
                        document.path("servers").path(0).path("url").stringValue(null))
                .orElse("");
        List<Route> all = new ArrayList<>();
        for (String template : document.path("paths").propertyNames()) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            all.add(new Route(template, Pattern.compile(regex), template.split("\\{", -1).length - 1));
        }
        all.sort(Comparator.comparingInt(Route::variables));
        this.routes = List.copyOf(all);
    }

    /** The document the stack's server serves, read once per stack. */
    static ApiContract of(SurveyStack stack) {
        return LOADED.computeIfAbsent(stack.settings().applicationUrl(), url -> {
            HttpResponse<String> served =
                    ApiClient.unchecked(stack, DemoUser.ROCB_STAFF).get("openapi.json");
            if (served.statusCode() != 200) {
                throw new IllegalStateException("The API's document could not be read: " + served.statusCode());
            }
            return new ApiContract((ObjectNode) JSON.readTree(served.body()));
        });
    }

    /**
     * What is wrong with one exchange by the document; nothing when it matches.
     *
     * @param requestBody the JSON sent, or null for none (or a body the test streamed)
     */
    List<String> problems(String method, URI uri, String requestBody, HttpResponse<String> response) {
        String path = uri.getRawPath();
        String operationPath = path.startsWith(base) ? path.substring(base.length()) : path;
        int status = response.statusCode();
        boolean accepted = status >= 200 && status < 300;
        Optional<Route> route = routes.stream()
                .filter(r -> r.pattern().matcher(operationPath).matches())
                .findFirst();
        JsonNode operation = route.map(
                        r -> document.path("paths").path(r.template()).path(method.toLowerCase()))
                .filter(JsonNode::isObject)
                .orElse(null);
        String name = method + " " + operationPath + " -> " + status;
        if (operation == null) {
            // An address the document does not have may answer only that it is not there.
            return accepted ? List.of(name + ": the document has no such operation") : List.of();
        }
        String pointer = "/paths/" + escape(route.get().template()) + "/" + method.toLowerCase();
        List<String> problems = new ArrayList<>();
        if (accepted && requestBody != null && !requestBody.isBlank()) {
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (body.isMissingNode()) {
                problems.add(name + ": a JSON body was accepted where the document takes none");
            } else {
                validate(
                        problems,
                        name + " request",
                        pointer + "/requestBody/content/application~1json/schema",
                        requestBody);
            }
        }
        String code = String.valueOf(status);
        JsonNode answer = operation.path("responses").path(code);
        String answerPointer = pointer + "/responses/" + code;
        if (answer.isMissingNode()) {
            problems.add(name + ": the document lists no " + code + " for this operation");
            return problems;
        }
        if (answer.has("$ref")) {
            answerPointer = answer.get("$ref").stringValue().substring(1);
            answer = document.at(answerPointer);
        }
        String type = response.headers()
                .firstValue("Content-Type")
                .map(value -> value.split(";")[0].strip())
                .orElse("");
        if (response.body().isEmpty() || !type.endsWith("json")) {
            return problems;
        }
        JsonNode content = answer.path("content").path(type);
        if (content.isMissingNode()) {
            problems.add(name + ": answered " + type + ", which the document does not give for " + code);
        } else if (content.has("schema")) {
            validate(
                    problems,
                    name + " answer",
                    answerPointer + "/content/" + escape(type) + "/schema",
                    response.body());
        }
        return problems;
    }

    private void validate(List<String> problems, String what, String schemaPointer, String json) {
        Schema schema = schemas.computeIfAbsent(schemaPointer, this::schemaAt);
        List<Error> errors = schema.validate(JSON.readTree(json));
        for (Error error : errors) {
            problems.add(what + " at " + error.getInstanceLocation() + ": " + error.getMessage() + " (" + schemaPointer
                    + ")");
        }
    }

    /**
     * The schema at {@code pointer}, inside a copy of the whole document so that its references to the
     * document's components resolve (2020-12 lets {@code $ref} stand beside the document's other keys).
     */
    private Schema schemaAt(String pointer) {
        ObjectNode root = document.deepCopy();
        root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        root.put("$ref", "#" + pointer);
        return registry.getSchema(root);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
