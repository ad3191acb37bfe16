package se.inkasso.complaints.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.StateConflictException;
import se.inkasso.complaints.domain.casefile.CaseFacts;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.event.ExternalReferralIssued;
import se.inkasso.complaints.domain.event.ExternalReferralUpdated;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.ExternalBody;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.escalation.entity.ExternalReferral;

/**
 * Referrals to Inkassonämnden and Finansinspektionen (D17): recorded on the case with the letter
 * that explains what the body covers and where it is; later the body's reference and outcome. A
 * case can go to both bodies, to each once.
 */
@ApplicationScoped
public class Referrals {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @Inject
    CaseLookup cases;

    @Inject
    Event<ExternalReferralIssued> issued;

    @Inject
    Event<ExternalReferralUpdated> updated;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ReferralInfo refer(CaseReference reference, ExternalBody body, String externalReference, String actor) {
        CaseFacts caseFile = cases.get(reference);
        boolean already = ofCase(caseFile.id()).stream().anyMatch(referral -> referral.body().equals(body.name()));
        if (already) {
            throw new StateConflictException("referral.exists", reference.value(), body.name());
        }
        Instant now = clock.instant();
        String bodyReference = externalReference == null || externalReference.isBlank() ? null : externalReference.strip();
        ExternalReferral referral = new ExternalReferral(caseFile.id(), body, bodyReference, actor, now);
        entityManager.persist(referral);
        entityManager.flush();
        issued.fire(new ExternalReferralIssued(referral.id(), caseFile.id(), reference.value(), body, bodyReference,
                actor, now, caseFile.debtorId(), caseFile.language()));
        return ReferralInfo.of(referral);
    }

    /** The body's reference and/or its outcome, when it tells the agency. */
    @Transactional
    public ReferralInfo record(CaseReference reference, long referralId, String externalReference, String outcome,
            String actor) {
        CaseFacts caseFile = cases.get(reference);
        ExternalReferral referral = entityManager.find(ExternalReferral.class, referralId);
        if (referral == null || referral.caseId() != caseFile.id()) {
            throw new NotFoundException("referral.unknown", String.valueOf(referralId));
        }
        Instant now = clock.instant();
        referral.record(blankToNull(externalReference), blankToNull(outcome), now);
        updated.fire(new ExternalReferralUpdated(referral.id(), caseFile.id(), referral.body(), actor, now));
        return ReferralInfo.of(referral);
    }

    @Transactional
    public List<ReferralInfo> ofCase(long caseId) {
        return entityManager.createQuery("select r from ExternalReferral r where r.caseId = :caseId order by r.id",
                ExternalReferral.class).setParameter("caseId", caseId).getResultStream().map(ReferralInfo::of).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
