package org.rocbap.survey.api.shared;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.rocbap.survey.web.shared.Problem;

/**
 * The one home of the API's error answers in its OpenAPI document: each is described once, as a
 * component, and given to every operation that can answer it, by the rule that makes the server answer
 * it (the exception mappers in this package). A resource declares only what is its own (its success, a
 * 503 of the health check).
 */
public final class ProblemResponses {

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** An error answer, and which operations can give it. */
    private enum Answer {
        BAD_REQUEST(
                "BadRequest",
                "400",
                "The body or a parameter could not be read: not JSON, a wrong type, a number out of range,"
                        + " an unknown value or an impossible date",
                (op, method) -> op.input),
        UNAUTHORIZED("Unauthorized", "401", "No token, or an expired or invalid one", (op, method) -> op.signedIn),
        FORBIDDEN(
                "Forbidden",
                "403",
                "The caller's role or administration does not allow the operation",
                (op, method) -> op.signedIn),
        NOT_FOUND(
                "NotFound",
                "404",
                "No such record, or one of an administration the caller may not read",
                (op, method) -> op.signedIn),
        CONFLICT(
                "Conflict",
                "409",
                "Someone else saved the record since the version sent, or at the same moment",
                (op, method) -> op.signedIn && WRITES.contains(method)),
        PAYLOAD_TOO_LARGE(
                "PayloadTooLarge",
                "413",
                "The body is larger than the operation takes (docs/api.md, Errors); nothing was read or saved",
                (op, method) -> op.body),
        UNSUPPORTED_MEDIA_TYPE(
                "UnsupportedMediaType",
                "415",
                "The body is not of a type the operation reads",
                (op, method) -> op.body),
        UNPROCESSABLE(
                "Unprocessable",
                "422",
                "The request breaks workflow rules; every problem with its JSON pointer",
                (op, method) -> op.input),
        UNAVAILABLE(
                "Unavailable",
                "503",
                "The database is out of reach for a moment; try again after the seconds in Retry-After",
                (op, method) -> op.signedIn);

        final String name;
        final String code;
        final String description;
        final BiPredicate<Traits, PathItem.HttpMethod> given;

        Answer(String name, String code, String description, BiPredicate<Traits, PathItem.HttpMethod> given) {
            this.name = name;
            this.code = code;
            this.description = description;
            this.given = given;
        }
    }

    /** What of an operation decides its error answers. */
    private record Traits(boolean signedIn, boolean input, boolean body) {

        static Traits of(PathItem path, Operation operation) {
            // An operation that declares no security of its own (an empty requirement) is public.
            boolean signedIn = operation.getSecurity() == null
                    || operation.getSecurity().stream()
                            .noneMatch(r ->
                                    r.getSchemes() == null || r.getSchemes().isEmpty());
            boolean body = operation.getRequestBody() != null;
            boolean input = body || !empty(operation.getParameters()) || !empty(path.getParameters());
            return new Traits(signedIn, input, body);
        }

        private static boolean empty(List<?> list) {
            return list == null || list.isEmpty();
        }
    }

    private ProblemResponses() {}

    public static void addTo(OpenAPI document) {
        Components components = document.getComponents();
        for (Answer answer : Answer.values()) {
            components.addResponse(
                    answer.name,
                    OASFactory.createAPIResponse()
                            .description(answer.description)
                            .content(OASFactory.createContent()
                                    .addMediaType(
                                            Problem.MEDIA_TYPE,
                                            OASFactory.createMediaType()
                                                    .schema(OASFactory.createSchema()
                                                            .ref("#/components/schemas/Problem")))));
        }
        document.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().forEach((method, operation) -> answer(path, method, operation)));
    }

    private static void answer(PathItem path, PathItem.HttpMethod method, Operation operation) {
        Traits traits = Traits.of(path, operation);
        APIResponses responses = operation.getResponses();
        Map<String, APIResponse> all = new LinkedHashMap<>(responses.getAPIResponses());
        for (Answer answer : Answer.values()) {
            if (answer.given.test(traits, method)) {
                all.putIfAbsent(
                        answer.code, OASFactory.createAPIResponse().ref("#/components/responses/" + answer.name));
            }
        }
        Map<String, APIResponse> sorted = new LinkedHashMap<>();
        all.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(sorted);
    }
}
