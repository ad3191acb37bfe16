package se.inkasso.complaints.web.api;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.web.api.command.AddNote;
import se.inkasso.complaints.web.api.command.AddToCase;
import se.inkasso.complaints.web.api.command.AnswerDebtor;
import se.inkasso.complaints.web.api.command.AssessObjection;
import se.inkasso.complaints.web.api.command.Assign;
import se.inkasso.complaints.web.api.command.CheckCollectionAction;
import se.inkasso.complaints.web.api.command.Close;
import se.inkasso.complaints.web.api.command.DecideReview;
import se.inkasso.complaints.web.api.command.DraftResponse;
import se.inkasso.complaints.web.api.command.FileContact;
import se.inkasso.complaints.web.api.command.MaxItems;
import se.inkasso.complaints.web.api.command.MaxLength;
import se.inkasso.complaints.web.api.command.NameSubjectStaff;
import se.inkasso.complaints.web.api.command.NonEmpty;
import se.inkasso.complaints.web.api.command.PublishPolicy;
import se.inkasso.complaints.web.api.command.Reassign;
import se.inkasso.complaints.web.api.command.Reclassify;
import se.inkasso.complaints.web.api.command.RecordOutcome;
import se.inkasso.complaints.web.api.command.RecordReferral;
import se.inkasso.complaints.web.api.command.RegisterCall;
import se.inkasso.complaints.web.api.command.Refer;
import se.inkasso.complaints.web.api.command.ReportScam;
import se.inkasso.complaints.web.api.command.RequestReview;
import se.inkasso.complaints.web.api.command.Withdraw;
import se.inkasso.complaints.web.api.command.WriteMessage;
import se.inkasso.complaints.web.api.command.Required;

/**
 * The request body of each command, described from its request record: the fields, their kinds,
 * the choices, the longest text and which must be given, as {@link RequestReader} reads them.
 * Payara does not describe request bodies read as JSON objects, so they are described here.
 */
final class CommandSchemas {

    private static final Map<String, Class<? extends Record>> COMMANDS = Map.ofEntries(
            Map.entry("/api/cases", RegisterCall.class),
            Map.entry("/api/portal/cases", FileContact.class),
            Map.entry("/api/scam-reports", ReportScam.class),
            Map.entry("/api/cases/{reference}/assignment", Assign.class),
            Map.entry("/api/cases/assignments", Reassign.class),
            Map.entry("/api/cases/{reference}/subject-staff", NameSubjectStaff.class),
            Map.entry("/api/cases/{reference}/reclassification", Reclassify.class),
            Map.entry("/api/cases/{reference}/objection-assessment", AssessObjection.class),
            Map.entry("/api/cases/{reference}/objection-outcome", RecordOutcome.class),
            Map.entry("/api/cases/{reference}/responses", DraftResponse.class),
            Map.entry("/api/cases/{reference}/closure", Close.class),
            Map.entry("/api/cases/{reference}/notes", AddNote.class),
            Map.entry("/api/cases/{reference}/messages", AnswerDebtor.class),
            Map.entry("/api/portal/messages", WriteMessage.class),
            Map.entry("/api/portal/cases/{reference}/withdrawal", Withdraw.class),
            Map.entry("/api/portal/cases/{reference}/additions", AddToCase.class),
            Map.entry("/api/policy", PublishPolicy.class),
            Map.entry("/api/cases/{reference}/review-request", RequestReview.class),
            Map.entry("/api/portal/cases/{reference}/review-request", RequestReview.class),
            Map.entry("/api/cases/{reference}/external-referrals", Refer.class),
            Map.entry("/api/cases/{reference}/external-referrals/{id}", RecordReferral.class),
            Map.entry("/api/reviews/{id}/decision", DecideReview.class),
            Map.entry("/api/claims/{reference}/collection-actions", CheckCollectionAction.class));

    private CommandSchemas() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        COMMANDS.forEach((path, command) -> {
            PathItem item = openAPI.getPaths().getPathItem(path);
            Operation write = item == null ? null : item.getPOST() != null ? item.getPOST() : item.getPUT();
            if (write != null) {
                openAPI.getComponents().addSchema(command.getSimpleName(), schema(command));
                write.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(command.getSimpleName())))));
            }
        });
    }

    static Schema schema(Class<? extends Record> command) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(false);
        for (RecordComponent component : command.getRecordComponents()) {
            // the constraints are on the record's fields, their only target
            Field field = field(command, component);
            Schema property = property(component.getType());
            if (field.isAnnotationPresent(MaxLength.class)) {
                property.maxLength(field.getAnnotation(MaxLength.class).value());
            }
            if (field.isAnnotationPresent(MaxItems.class)) {
                property.maxItems(field.getAnnotation(MaxItems.class).value());
            }
            if (field.isAnnotationPresent(NonEmpty.class)) {
                property.minItems(1);
            }
            schema.addProperty(component.getName(), property);
            if (field.isAnnotationPresent(Required.class) || field.isAnnotationPresent(NonEmpty.class)) {
                schema.addRequired(component.getName());
            }
        }
        return schema;
    }

    private static Field field(Class<? extends Record> command, RecordComponent component) {
        try {
            return command.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema property(Class<?> type) {
        Schema property = OASFactory.createSchema();
        if (type == boolean.class || type == Boolean.class) {
            property.type(Schema.SchemaType.BOOLEAN);
        } else if (type == Money.class) {
            property.type(Schema.SchemaType.STRING).pattern("^" + Money.WRITTEN + "$")
                    .description("An amount in kronor, more than zero, like 1250.00 (a JSON number is read too)");
        } else if (type == LocalDate.class) {
            property.type(Schema.SchemaType.STRING).format("date");
        } else if (type == Instant.class) {
            property.type(Schema.SchemaType.STRING).format("date-time")
                    .description("A moment with its offset, like 2026-03-02T09:15:00+01:00, or a day alone");
        } else if (type.isEnum()) {
            property.type(Schema.SchemaType.STRING).enumeration(Arrays.stream(type.getEnumConstants())
                    .map(constant -> (Object) ((Enum<?>) constant).name()).toList());
        } else if (type == List.class) {
            property.type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        } else {
            property.type(Schema.SchemaType.STRING);
        }
        return property;
    }
}
