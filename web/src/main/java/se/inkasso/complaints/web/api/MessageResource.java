package se.inkasso.complaints.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.inkasso.complaints.notification.boundary.Conversations;
import se.inkasso.complaints.notification.boundary.InboxMessage;
import se.inkasso.complaints.web.api.command.AnswerDebtor;
import se.inkasso.complaints.web.security.Caller;
import se.inkasso.complaints.web.security.Roles;

/**
 * Staff answer the debtor about a case (D24): the answer is a message in Mina sidor, announced by
 * e-mail to a debtor who agreed to notices; the conversation is in the case file ({@code messages}).
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageResource {

    @Inject
    Caller caller;

    @Inject
    RequestReader requests;

    @Inject
    Conversations conversations;

    @Inject
    CaseFileJson caseFileJson;

    @Context
    UriInfo uri;

    /** {@code text}; 201 with the message as the case file lists it. */
    @POST
    @Path("{reference}/messages")
    @RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.COMPLAINTS_OFFICER, Roles.ADMIN})
    public Response answer(@PathParam("reference") String reference, JsonObject body) {
        AnswerDebtor command = requests.read(body, AnswerDebtor.class);
        InboxMessage answer = conversations.answer(CaseReferences.parse(reference), caller.name(), command.text());
        return Response.created(uri.getBaseUriBuilder().path("cases").path(reference).build())
                .entity(caseFileJson.message(answer, true)).build();
    }
}
