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
 * What each operation answers when it succeeds, in place of Payara's "Default Response" (any
 * object): a schema of {@code META-INF/openapi.yaml} for a JSON body, the document itself for a
 * PDF, CSV or attachment, or no body. The resources build their answers as JSON objects, so the
 * schemas are written beside them, and OpenApiIT holds real answers against them.
 */
final class AnswerSchemas {

    /** An answer: its status, its media type and the schema of its body (null: a file, or nothing with 204). */
    private record Answer(String status, String mediaType, String schema, String description) {

        static Answer json(String status, String schema) {
            return new Answer(status, "application/json", schema, status.equals("201") ? "Created" : "OK");
        }

        static Answer file(String mediaType, String description) {
            return new Answer("200", mediaType, null, description);
        }

        static Answer none(String description) {
            return new Answer("204", null, null, description);
        }
    }

    private static final String CASE_FILE = "CaseFile";

    private static final Map<String, Answer> ANSWERS = Map.ofEntries(
            Map.entry("GET /api/calendar/business-days", Answer.json("200", "BusinessDays")),
            Map.entry("GET /api/calendar/holidays", Answer.json("200", "Holidays")),
            Map.entry("POST /api/cases", Answer.json("201", "Receipt")),
            Map.entry("GET /api/cases", Answer.json("200", "QueuePage")),
            Map.entry("POST /api/cases/assignments", Answer.json("200", "Reassignment")),
            Map.entry("GET /api/cases/{reference}", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/assignment", Answer.json("200", CASE_FILE)),
            Map.entry("GET /api/cases/{reference}/attachments/{id}",
                    Answer.file("application/octet-stream", "The document as the debtor sent it")),
            Map.entry("POST /api/cases/{reference}/closure", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/corrective-action/done", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/external-referrals", Answer.json("201", "Referral")),
            Map.entry("POST /api/cases/{reference}/external-referrals/{id}", Answer.json("200", "Referral")),
            Map.entry("POST /api/cases/{reference}/notes", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/messages", Answer.json("201", "CaseMessage")),
            Map.entry("POST /api/cases/{reference}/objection-assessment", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/objection-outcome", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/reclassification", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/responses", Answer.json("201", "ResponseDraft")),
            Map.entry("POST /api/cases/{reference}/responses/{id}/send", Answer.json("200", CASE_FILE)),
            Map.entry("POST /api/cases/{reference}/review-request", Answer.json("201", "Review")),
            Map.entry("POST /api/cases/{reference}/subject-staff", Answer.json("200", CASE_FILE)),
            Map.entry("GET /api/claims/{reference}", Answer.json("200", "Claim")),
            Map.entry("POST /api/claims/{reference}/collection-actions",
                    Answer.json("200", "CollectionActionAllowed")),
            Map.entry("POST /api/deadline-scans", Answer.json("200", "DeadlineScan")),
            Map.entry("GET /api/letters/{id}", Answer.file(Pdfs.TYPE, "The letter as sent (PDF/A)")),
            Map.entry("GET /api/notifications", Answer.json("200", "Notifications")),
            Map.entry("POST /api/notifications/{id}/retry", Answer.json("200", "Notification")),
            Map.entry("POST /api/portal/cases", Answer.json("201", "Receipt")),
            Map.entry("GET /api/portal/cases", Answer.json("200", "DebtorCaseFiles")),
            Map.entry("GET /api/portal/cases/{reference}", Answer.json("200", "DebtorCaseFile")),
            Map.entry("GET /api/portal/cases/{reference}/attachments/{id}",
                    Answer.file("application/octet-stream", "The document as the debtor sent it")),
            Map.entry("POST /api/portal/cases/{reference}/review-request", Answer.json("201", "Review")),
            Map.entry("GET /api/portal/claims", Answer.json("200", "PortalClaims")),
            Map.entry("GET /api/portal/letters/{id}", Answer.file(Pdfs.TYPE, "The letter as sent (PDF/A)")),
            Map.entry("GET /api/portal/messages", Answer.json("200", "Messages")),
            Map.entry("POST /api/portal/messages", Answer.json("201", "CaseMessage")),
            Map.entry("POST /api/portal/cases/{reference}/withdrawal", Answer.json("200", "DebtorCaseFile")),
            Map.entry("POST /api/portal/cases/{reference}/additions", Answer.json("201", "DebtorCaseFile")),
            Map.entry("GET /api/policy", Answer.json("200", "Policy")),
            Map.entry("GET /api/portal/personal-data", Answer.json("200", "RegisterExtract")),
            Map.entry("PUT /api/policy", Answer.json("200", "Policy")),
            Map.entry("POST /api/portal/messages/{id}/read", Answer.none("Marked read")),
            Map.entry("POST /api/print-batches", Answer.json("201", "PrintBatch")),
            Map.entry("GET /api/print-batches", Answer.json("200", "PrintBatches")),
            Map.entry("GET /api/print-batches/{id}/letters.pdf",
                    Answer.file(Pdfs.TYPE, "The batch's letters, one PDF for the print house")),
            Map.entry("GET /api/print-batches/{id}/manifest.csv",
                    Answer.file("text/csv", "The batch's manifest: one line per letter")),
            Map.entry("GET /api/reports/complaints", Answer.json("200", "FollowUpReport")),
            Map.entry("GET /api/reviews", Answer.json("200", "Reviews")),
            Map.entry("GET /api/reviews/{id}", Answer.json("200", "Review")),
            Map.entry("POST /api/reviews/{id}/decision", Answer.json("200", "Review")),
            Map.entry("GET /api/root-causes", Answer.json("200", "RootCauses")),
            Map.entry("POST /api/scam-reports", Answer.json("201", "ScamReport")),
            Map.entry("GET /api/scam-reports", Answer.json("200", "ScamReports")));

    /** Operations that may also succeed with nothing to answer. */
    private static final Map<String, Answer> ALSO = Map.of(
            "POST /api/print-batches", Answer.none("No letter waits for print"));

    private AnswerSchemas() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String key = method + " " + path;
            if (ANSWERS.containsKey(key)) {
                describe(operation, ANSWERS.get(key));
            }
            if (ALSO.containsKey(key)) {
                describe(operation, ALSO.get(key));
            }
        }));
    }

    private static void describe(Operation operation, Answer answer) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        responses.removeAPIResponse(APIResponses.DEFAULT);
        Content content = null;
        if (answer.mediaType() != null) {
            Schema schema = answer.schema() != null ? OASFactory.createSchema().ref(answer.schema())
                    : OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
            content = OASFactory.createContent().addMediaType(answer.mediaType(),
                    OASFactory.createMediaType().schema(schema));
        }
        responses.addAPIResponse(answer.status(),
                OASFactory.createAPIResponse().description(answer.description()).content(content));
        operation.setResponses(responses);
    }
}
