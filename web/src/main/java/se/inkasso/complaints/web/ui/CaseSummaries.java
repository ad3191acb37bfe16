package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Case;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.repository.AttachmentRepository;
import se.inkasso.complaints.domain.repository.CaseRepository;
import se.inkasso.complaints.escalation.boundary.Referrals;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.notification.boundary.Letters;

/** Reads a case for the staff pages. */
@ApplicationScoped
public class CaseSummaries {

    @Inject
    CaseRepository cases;

    @Inject
    Letters letters;

    @Inject
    Reviews reviews;

    @Inject
    Referrals referrals;

    @Inject
    AttachmentRepository attachments;

    @Transactional
    public Optional<CaseSummary> find(String reference) {
        CaseReference parsed;
        try {
            parsed = new CaseReference(reference);
        } catch (DomainException e) {
            return Optional.empty();
        }
        return cases.findByReference(parsed).map(this::summary);
    }

    private CaseSummary summary(Case caseFile) {
        var claim = caseFile.claim();
        return new CaseSummary(caseFile.reference().value(), caseFile.version(), caseFile.type().name(),
                caseFile.status().name(), caseFile.channel().name(), caseFile.language().code(), caseFile.receivedAt(),
                caseFile.deadlines().acknowledgementDue(), caseFile.deadlines().responseDue(),
                caseFile.deadlines().responseCeiling(), caseFile.debtor().name(),
                caseFile.debtor().personnummer().masked(), claim.reference(), caseFile.creditor().name(),
                claim.balance().amount(), claim.collectionStatus().name(), claim.activeHolds().size(),
                caseFile.handler().orElse(null), caseFile.description(), caseFile.remedySought().orElse(null),
                caseFile.category().map(Enum::name).or(() -> caseFile.grounds().map(Enum::name)).orElse(null),
                handling(caseFile),
                caseFile.linkedCases().stream().map(linked -> linked.reference().value()).sorted().toList(),
                caseFile.timeline().stream().map(entry -> new CaseSummary.Step(entry.at(), entry.actor(), entry.step().code(),
                        entry.detail().orElse(null), entry.visibleToDebtor())).toList(),
                letters.ofCase(caseFile.id()).stream().map(letter -> new CaseSummary.Letter(letter.id(), letter.title(),
                        letter.kind(), letter.language(), letter.createdAt(), letter.pages())).toList(),
                reviews.ofCase(caseFile.id()).stream().map(review -> new CaseSummary.Review(review.id(), review.due(),
                        review.reason(), review.outcome(), review.decidedBy())).toList(),
                referrals.ofCase(caseFile.id()).stream().map(referral -> new CaseSummary.Referral(referral.id(),
                        referral.body(), referral.referredAt(), referral.externalReference(), referral.outcome()))
                        .toList(),
                caseFile.contactId().map(attachments::ofContact).orElse(List.of()));
    }

    private static CaseSummary.Handling handling(Case caseFile) {
        var corrective = caseFile.corrective();
        return new CaseSummary.Handling(caseFile.substantive().orElse(null), caseFile.assessmentReason().orElse(null),
                caseFile.creditorPositionDue().orElse(null), caseFile.objectionOutcome().map(Enum::name).orElse(null),
                caseFile.rootCause().orElse(null), corrective.map(CorrectiveAction::description).orElse(null),
                corrective.map(CorrectiveAction::done).orElse(false));
    }
}
