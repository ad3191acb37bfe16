package se.inkasso.complaints.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.event.CaseReceived;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.Contact;
import se.inkasso.complaints.domain.repository.ClaimRepository;

/**
 * One service behind portal and phone intake: checks a contact and hands it to casework by
 * firing {@link CaseReceived} in the caller's transaction, so a contact is registered as a case
 * or not at all.
 */
@ApplicationScoped
public class IntakeService {

    static final int MAX_DESCRIPTION = 4000;

    @Inject
    ClaimRepository claims;

    @Inject
    Event<CaseReceived> caseReceived;

    /** @return the id of the accepted contact */
    @Transactional
    public String receive(ContactSubmission submission) {
        Contact contact = submission.contact();
        Claim claim = claims.findByReference(submission.claimReference())
                .filter(found -> found.debtor().id() == submission.debtorId())
                .orElseThrow(() -> new DomainException("intake.claim-unknown", submission.claimReference()));
        check(contact, claim);
        String contactId = UUID.randomUUID().toString();
        caseReceived.fire(new CaseReceived(contactId, submission.debtorId(), claim.id(), contact,
                submission.registeredBy(), submission.resolutionNote()));
        return contactId;
    }

    private static void check(Contact contact, Claim claim) {
        if (contact.description() == null || contact.description().isBlank()) {
            throw new DomainException("intake.description-missing");
        }
        if (contact.description().length() > MAX_DESCRIPTION) {
            throw new DomainException("intake.description-long", MAX_DESCRIPTION);
        }
        if (contact.type() == CaseType.OBJECTION && contact.grounds() == null) {
            throw new DomainException("intake.grounds-missing");
        }
        if (contact.disputedAmount() != null) {
            claim.requireDisputable(contact.disputedAmount());
        }
    }
}
