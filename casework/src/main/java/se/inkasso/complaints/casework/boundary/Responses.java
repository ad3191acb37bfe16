package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.inkasso.complaints.casework.control.CaseLoader;
import se.inkasso.complaints.casework.control.ResponseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.casework.entity.FinalResponse;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.IncompleteException;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.NotPermittedException;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.ResponseSent;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.Ruling;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.repository.StaffRepository;

/**
 * Drafting and sending final responses (D14, D9, D12): a response goes out only when its content
 * checklist passes; a case answered within 3 business days of receipt takes the short resolution path.
 */
@ApplicationScoped
public class Responses {

    static final int SHORT_RESOLUTION_BUSINESS_DAYS = 3;

    @Inject
    CaseLoader loader;

    @Inject
    ResponseRepository responses;

    @Inject
    BusinessCalendar calendar;

    @Inject
    StaffRepository staff;

    @Inject
    Event<ResponseSent> sent;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ResponseDraft draft(CaseReference reference, Decision decision, String reasons, String redress,
            Money redressAmount, Language language, boolean statesFreeOfCharge, boolean statesOnwardRoutes,
            String actor, Long expectedVersion) {
        Case caseFile = loader.load(reference, expectedVersion, actor);
        if (!caseFile.awaitsResponse()) {
            throw new StateConflictException("response.state", reference.value(), caseFile.status().name());
        }
        Language written = language != null ? language : caseFile.language();
        requireWrittenBy(actor, written);
        Instant now = clock.instant();
        FinalResponse response = responses.add(new FinalResponse(caseFile, decision,
                new Ruling(reasons, redress, redressAmount), written, statesFreeOfCharge, statesOnwardRoutes, actor,
                now));
        caseFile.record(TimelineStep.RESPONSE_DRAFTED, actor, now, decision.name());
        responses.flush();
        return ResponseDraft.of(response, response.problems(debtorObjected(caseFile)));
    }

    /**
     * Drafts and sends in one go, as the case page does: both or neither, and only if nobody changed
     * the case since the version the writer saw.
     */
    @Transactional
    public void draftAndSend(CaseReference reference, Decision decision, String reasons, String redress,
            Money redressAmount, Language language, boolean statesFreeOfCharge, boolean statesOnwardRoutes,
            String actor, Long expectedVersion) {
        ResponseDraft draft = draft(reference, decision, reasons, redress, redressAmount, language, statesFreeOfCharge,
                statesOnwardRoutes, actor, expectedVersion);
        send(reference, draft.id(), actor, null);
    }

    /**
     * The checklist of a response being written, before anything is saved: what the screen shows
     * live while a handler types, by the same rules that {@link #send} applies (D14, D9).
     */
    @Transactional
    public List<String> check(CaseReference reference, Decision decision, String reasons, String redress,
            boolean statesFreeOfCharge, boolean statesOnwardRoutes) {
        Case caseFile = loader.load(reference, null);
        return new FinalResponse(caseFile, decision, new Ruling(reasons, redress, null), caseFile.language(),
                statesFreeOfCharge, statesOnwardRoutes, null, clock.instant()).problems(debtorObjected(caseFile));
    }

    /** Sends a draft whose checklist passes; otherwise refuses, naming every missing part (422). */
    @Transactional
    public void send(CaseReference reference, long responseId, String actor, Long expectedVersion) {
        Case caseFile = loader.load(reference, expectedVersion, actor);
        FinalResponse response = responses.find(responseId)
                .filter(found -> found.caseFile().id().equals(caseFile.id()))
                .orElseThrow(() -> new NotFoundException("response.unknown", responseId, reference.value()));
        if (response.isSent()) {
            throw new StateConflictException("response.already-sent", responseId);
        }
        List<String> problems = response.problems(debtorObjected(caseFile));
        if (!problems.isEmpty()) {
            throw new IncompleteException(problems.stream().map(key -> new FieldError(field(key), key)).toList());
        }
        Instant now = clock.instant();
        caseFile.responded(response.decision(), actor, now);
        response.markSent(actor, now);
        boolean shortResolution = calendar.businessDaysBetween(
                caseFile.receivedAt().atZone(BusinessCalendar.ZONE).toLocalDate(),
                now.atZone(BusinessCalendar.ZONE).toLocalDate()) <= SHORT_RESOLUTION_BUSINESS_DAYS;
        sent.fire(new ResponseSent(caseFile.id(), reference.value(), response.id(), response.decision(),
                response.language(), shortResolution, caseFile.debtorId()));
    }

    /** D9 protects a debtor who objected: the case is an objection, or the claim has been held for one. */
    /** A handler answers only in a language they work in; the system's own actors are no staff member. */
    private void requireWrittenBy(String actor, Language language) {
        staff.findByUsername(actor).filter(member -> !member.languages().contains(language)).ifPresent(member -> {
            throw new NotPermittedException("response.language." + language.code(), actor);
        });
    }

    private static boolean debtorObjected(Case caseFile) {
        return caseFile.type() == CaseType.OBJECTION || !caseFile.claim().holds().isEmpty();
    }

    private static String field(String problemKey) {
        return switch (problemKey) {
            case "response.missing.decision" -> "decision";
            case "response.missing.reasons", "response.pressure" -> "reasons";
            case "response.missing.redress" -> "redress";
            case "response.missing.free-of-charge" -> "statesFreeOfCharge";
            default -> "statesOnwardRoutes";
        };
    }
}
