package se.inkasso.complaints.web.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the OpenAPI document Payara reads from the resources: the request bodies of the
 * commands, what each operation answers, and the problem details of every operation. Registered as {@code mp.openapi.filter}.
 */
public class ApiDescription implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // the problem details first: they make the document's components, where the commands' schemas go too
        ProblemResponses.addTo(openAPI);
        CommandSchemas.addTo(openAPI);
        AnswerSchemas.addTo(openAPI);
    }
}
