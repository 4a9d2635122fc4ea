package org.rocbap.survey.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The OpenAPI document of this API, generated from its resources when the project is built:
 * {@code openapi.yaml}, {@code openapi.json}, or {@code openapi} in whichever the Accept header prefers.
 */
@Path("")
public class OpenApiResource {

    private static final String YAML = "application/yaml";

    @Operation(operationId = "getOpenApiDocument", summary = "This document, as YAML or JSON by the Accept header")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = {@Content(mediaType = YAML), @Content(mediaType = MediaType.APPLICATION_JSON)})
    @GET
    @Path("openapi")
    public Response negotiated(@HeaderParam("Accept") String accept) {
        return accept != null && accept.contains(MediaType.APPLICATION_JSON) ? json() : yaml();
    }

    @Operation(operationId = "getOpenApiYaml", summary = "This document as YAML")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = YAML))
    @GET
    @Path("openapi.yaml")
    public Response yaml() {
        return document("openapi.yaml", YAML);
    }

    @Operation(operationId = "getOpenApiJson", summary = "This document as JSON")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @GET
    @Path("openapi.json")
    public Response json() {
        return document("openapi.json", MediaType.APPLICATION_JSON);
    }

    private static Response document(String name, String type) {
        InputStream in = OpenApiResource.class.getResourceAsStream(name);
        return in == null
                ? Response.status(Response.Status.NOT_FOUND).build()
                : Response.ok(in, type).build();
    }
}
