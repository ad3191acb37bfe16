package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.casework.control.CaseLoader;
import se.inkasso.complaints.casework.control.HoldRelease;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.ObjectionAssessed;
import se.inkasso.complaints.domain.event.ObjectionOutcomeRecorded;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.money.Money;

/**
 * The objection's path (D6-D8): the assessment, the creditor's position, the outcome, and what each
 * means for the collection hold on the claim.
 */
@ApplicationScoped
public class ObjectionHandling {

    @Inject
    CaseLoader loader;

    @Inject
    BusinessCalendar calendar;

    @Inject
    @ConfigProperty(name = "complaints.deadline.creditor-position-business-days", defaultValue = "10")
    int creditorPositionDays;

    @Inject
    Event<ObjectionAssessed> assessed;

    @Inject
    Event<ObjectionOutcomeRecorded> outcomeRecorded;

    @Inject
    HoldRelease holds;

    Clock clock = Clock.systemUTC();

    /**
     * A mere refusal or inability to pay is not substantive: the hold is lifted and a reasoned letter
     * goes out. A substantive objection makes the claim DISPUTED and asks the creditor for its
     * position, with a reminder clock of its own (D7).
     */
    @Transactional
    public void assess(CaseReference reference, boolean substantive, String reason, String actor,
            Long expectedVersion) {
        requireText("reason", reason);
        Case objection = loader.load(reference, expectedVersion, actor);
        Instant now = clock.instant();
        LocalDate positionDue = calendar.plusBusinessDays(now, creditorPositionDays);
        objection.assess(substantive, reason, positionDue, actor, now);
        Claim claim = objection.claim();
        if (substantive) {
            claim.markDisputed();
        } else {
            holds.lift(objection, reason, actor, now);
        }
        assessed.fire(new ObjectionAssessed(objection.id(), reference.value(), claim.id(), substantive, reason,
                substantive ? positionDue : null, objection.debtorId(), objection.language()));
    }

    /**
     * The creditor's answer (D8): WITHDRAWN ends collection, ADJUSTED corrects the amount or refunds
     * fees and lets collection of the rest go on, MAINTAINED keeps the claim disputed (court, never a
     * payment order), PARTIAL keeps only the disputed part on hold.
     *
     * @param adjustedPrincipal for ADJUSTED: the corrected principal, or null to keep it
     * @param refundFees        for ADJUSTED: take the fees off (the debt was paid before the demand)
     * @param disputedPart      for PARTIAL: the part that stays on hold
     */
    @Transactional
    public void recordOutcome(CaseReference reference, ObjectionOutcome outcome, Money adjustedPrincipal,
            boolean refundFees, Money disputedPart, String note, String actor, Long expectedVersion) {
        Case objection = loader.load(reference, expectedVersion, actor);
        Claim claim = objection.claim();
        Instant now = clock.instant();
        objection.recordOutcome(outcome, note, actor, now);
        switch (outcome) {
            case WITHDRAWN -> {
                holds.lift(objection, "WITHDRAWN", actor, now);
                claim.close();
            }
            case ADJUSTED -> {
                if (adjustedPrincipal == null && !refundFees) {
                    throw DomainException.about("adjustedAmount", "objection.adjusted-nothing");
                }
                claim.adjust(adjustedPrincipal, refundFees);
                holds.lift(objection, "ADJUSTED", actor, now);
            }
            case MAINTAINED -> claim.markDisputed();
            case PARTIAL -> {
                if (disputedPart == null) {
                    throw DomainException.about("disputedAmount", "objection.partial-amount");
                }
                claim.keepOnHoldOnly(objection.id(), disputedPart, "PARTIAL", now);
                objection.record(TimelineStep.HOLD_REDUCED, actor, now, disputedPart.toString());
            }
        }
        outcomeRecorded.fire(new ObjectionOutcomeRecorded(objection.id(), reference.value(), claim.id(), outcome,
                note, objection.debtorId(), objection.language()));
    }


    private static void requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldsException(field, "field.missing", field);
        }
    }
}
