package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.casework.boundary.CaseFile;
import se.inkasso.complaints.casework.boundary.CaseFiles;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.escalation.boundary.Referrals;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.intake.boundary.Attachments;
import se.inkasso.complaints.notification.boundary.Conversations;
import se.inkasso.complaints.notification.boundary.Letters;

/** Reads a case for the staff pages: casework's case file, with its letters, reviews, referrals and documents. */
@ApplicationScoped
public class CaseSummaries {

    @Inject
    CaseFiles caseFiles;

    @Inject
    Letters letters;

    @Inject
    Reviews reviews;

    @Inject
    Referrals referrals;

    @Inject
    Attachments attachments;

    @Inject
    Conversations conversations;

    @Transactional
    public Optional<CaseSummary> find(String reference) {
        CaseReference parsed;
        try {
            parsed = new CaseReference(reference);
        } catch (DomainException e) {
            return Optional.empty();
        }
        return caseFiles.find(parsed).map(this::summary);
    }

    private CaseSummary summary(CaseFile file) {
        CaseFile.Handling handling = file.handling();
        return new CaseSummary(file.reference(), file.version(), file.type().name(), file.status().name(),
                file.channel().name(), file.language().code(), file.receivedAt(),
                file.deadlines().acknowledgementDue(), file.deadlines().responseDue(),
                file.deadlines().responseCeiling(), file.debtor().name(), file.debtor().maskedPersonnummer(),
                file.claim().reference(), file.claim().creditor(), file.claim().balance(),
                file.claim().collectionStatus(), file.claim().activeHolds(), file.handler(), file.description(),
                file.remedySought(), file.category() != null ? file.category() : file.grounds(),
                new CaseSummary.Handling(handling.substantive(), handling.assessmentReason(),
                        handling.creditorPositionDue(), handling.objectionOutcome(), handling.rootCause(),
                        handling.correctiveAction(), handling.correctiveDone()),
                file.linkedCases(),
                file.timeline().stream().map(entry -> new CaseSummary.Step(entry.at(), entry.actor(),
                        entry.step().code(), entry.detail(), entry.step().visibleToDebtor())).toList(),
                letters.ofCase(file.id()).stream().map(letter -> new CaseSummary.Letter(letter.id(), letter.title(),
                        letter.kind(), letter.language(), letter.createdAt(), letter.pages())).toList(),
                reviews.ofCase(file.id()).stream().map(review -> new CaseSummary.Review(review.id(), review.due(),
                        review.reason(), review.outcome(), review.decidedBy())).toList(),
                referrals.ofCase(file.id()).stream().map(referral -> new CaseSummary.Referral(referral.id(),
                        referral.body(), referral.referredAt(), referral.externalReference(), referral.outcome()))
                        .toList(),
                attachments.ofCase(file.id(), file.contactId()),
                conversations.ofCase(file.id()).stream().map(message -> new CaseSummary.Message(message.createdAt(),
                        message.fromDebtor(), message.author(), message.body(), message.contactId() == null ? List.of()
                                : attachments.ofContact(message.contactId()))).toList(),
                file.allowedActions());
    }
}
