package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.control.DeadlinePolicy;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.CaseReceived;
import se.inkasso.complaints.domain.event.CaseRegistered;
import se.inkasso.complaints.domain.event.CollectionHoldPlaced;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseRequest;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.CollectionHold;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.domain.repository.PolicyRepository;

/**
 * Registers every received contact as a case, in intake's transaction (D4): a reference, the
 * clocks from received-at, the policy version in force, its queue; an objection puts the claim
 * on collection hold in the same transaction (D6).
 */
@ApplicationScoped
public class CaseRegistration {

    @Inject
    CaseRepository cases;

    @Inject
    ClaimRepository claims;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    PolicyRepository policies;

    @Inject
    Event<CaseRegistered> caseRegistered;

    @Inject
    Event<CollectionHoldPlaced> holdPlaced;

    Clock clock = Clock.systemUTC();

    /** The version of the complaint policy in force when the contact came (D4, D27). */
    private String policyInForce(Instant receivedAt) {
        LocalDate day = receivedAt.atZone(BusinessCalendar.ZONE).toLocalDate();
        return policies.versionInForce(day).orElseThrow(() -> new IllegalStateException(
                "No complaint policy is in force on " + day + ": V15 publishes the first version"));
    }

    void register(@Observes CaseReceived received) {
        CaseRequest contact = received.contact();
        Claim claim = claims.find(received.claimId()).orElseThrow();
        int year = contact.receivedAt().atZone(BusinessCalendar.ZONE).getYear();
        List<Case> related = relatedOpenCases(received);
        Instant now = clock.instant();
        Case registered = cases.add(new Case(CaseReference.of(contact.type(), year, cases.nextSerial()),
                received.contactId(), contact, claim.debtor(), claim, deadlines.startingAt(contact.receivedAt()),
                policyInForce(contact.receivedAt()), queueFor(contact), received.registeredBy(), now));
        for (Case other : related) {
            registered.linkTo(other, now);
        }
        if (received.resolvedOnContact()) {
            registered.resolveOnContact(received.resolutionNote(), received.registeredBy(), now);
        }
        cases.flush();
        if (contact.type() == CaseType.OBJECTION) {
            placeHold(registered, claim, contact, now);
        }
        caseRegistered.fire(new CaseRegistered(registered.id(), registered.reference().value(), registered.type(),
                claim.debtor().id(), claim.id(), received.contactId(), contact.receivedAt(), registered.deadlines(),
                contact.language(), received.resolvedOnContact()));
    }

    private void placeHold(Case objection, Claim claim, CaseRequest contact, Instant now) {
        CollectionHold hold = claim.placeHold(objection.id(), contact.disputedAmount(), now);
        objection.record(TimelineStep.HOLD_PLACED, Case.SYSTEM, now,
                contact.disputedAmount() == null ? null : contact.disputedAmount().toString());
        cases.flush();
        holdPlaced.fire(new CollectionHoldPlaced(hold.id(), claim.id(), objection.id(),
                contact.disputedAmount() == null ? null : contact.disputedAmount().amount(), now));
    }

    /**
     * Cases to link the new one to, never to merge with (D1, D5): the other case of the same contact
     * (a complaint and an objection together), and open cases of the same type about the same claim
     * that arrived earlier, by another channel or another day; each keeps its own received-at.
     */
    private List<Case> relatedOpenCases(CaseReceived received) {
        List<Case> related = new ArrayList<>(cases.findByContact(received.contactId()));
        cases.findOpen(received.claimId(), received.contact().type()).stream()
                .filter(open -> !related.contains(open))
                .forEach(related::add);
        return related;
    }

    /** Queues by case type and language until routing by creditor arrives with the queue views. */
    private static String queueFor(CaseRequest contact) {
        return contact.type().name() + "-" + contact.language().name();
    }
}
