package se.inkasso.complaints.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the OpenAPI document the errors {@link ProblemMapper} answers with,
 * as {@code application/problem+json} with their schema, so that integrators see them without
 * each resource method repeating them.
 */
final class ProblemResponses {

    private static final String SCHEMA = "Problem";
    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "400", "The input is missing or malformed; `errors` names each field",
            "401", "No credentials, or wrong ones",
            "403", "The caller's role may not do this",
            "500", "Something unexpected failed; nothing was saved");
    private static final Map<String, String> WRITES = Map.of(
            "409", "The case changed meanwhile (If-Match) or its state does not allow this",
            "422", "A rule refused the input; `errors` names each field");

    private ProblemResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        openAPI.getComponents().addSchema(SCHEMA, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, in the caller's language (Accept-Language sv or en)")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error)));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> addProblems(path, method, operation)));
        }
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        EVERY_OPERATION.forEach((status, description) -> addIfAbsent(responses, status, description));
        if (method != PathItem.HttpMethod.GET) {
            WRITES.forEach((status, description) -> addIfAbsent(responses, status, description));
        }
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "Not found, or not the caller's to see");
        }
        operation.setResponses(responses);
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA)));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
    }
}
