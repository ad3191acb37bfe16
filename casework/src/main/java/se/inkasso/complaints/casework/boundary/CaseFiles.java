package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.control.DeadlinePolicy;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.money.Money;

/** The one way cases are read to be shown to people (the API, the staff pages, the portal): {@link CaseFile}s. */
@ApplicationScoped
@Transactional
public class CaseFiles {

    @Inject
    CaseRepository cases;

    @Inject
    DeadlinePolicy deadlines;

    public Optional<CaseFile> find(CaseReference reference) {
        return cases.findByReference(reference).map(this::file);
    }

    /** One of this debtor's own cases, as they see it; another debtor's case is not found. */
    public Optional<CaseFile> ofDebtor(CaseReference reference, long debtorId) {
        return cases.findByReference(reference).filter(caseFile -> caseFile.debtorId() == debtorId)
                .map(caseFile -> file(caseFile).forDebtor());
    }

    /** All of a debtor's cases, as they see them. */
    public List<CaseFile> allOfDebtor(long debtorId) {
        return cases.findByDebtor(debtorId).stream().map(caseFile -> file(caseFile).forDebtor()).toList();
    }

    /** The cases one contact became (D1): one, or a complaint and an objection. */
    public List<CaseFile> ofContact(String contactId) {
        return cases.findByContact(contactId).stream().map(this::file).toList();
    }

    private CaseFile file(Case caseFile) {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        var debtor = caseFile.debtor();
        var claim = caseFile.claim();
        var corrective = caseFile.corrective();
        return new CaseFile(caseFile.id(), caseFile.reference().value(), caseFile.version(), caseFile.type(),
                caseFile.status(), caseFile.channel(), caseFile.language(), caseFile.receivedAt(),
                caseFile.deadlines(),
                caseFile.awaitsResponse() ? deadlines.dueState(caseFile.deadlines().responseDue(), today) : null,
                caseFile.queue(),
                caseFile.policyVersion(),
                new CaseFile.Debtor(debtor.id(), debtor.name(), debtor.personnummer().masked()),
                new CaseFile.Claim(claim.id(), claim.reference(), caseFile.creditor().name(), claim.balance().amount(),
                        claim.collectionStatus().name(), claim.activeHolds().size()),
                caseFile.handler().orElse(null), caseFile.subjectStaff().orElse(null), caseFile.description(),
                caseFile.remedySought().orElse(null),
                caseFile.category().map(Enum::name).orElse(null), caseFile.grounds().map(Enum::name).orElse(null),
                caseFile.disputedAmount().map(Money::amount).orElse(null),
                new CaseFile.Handling(caseFile.substantive().orElse(null), caseFile.assessmentReason().orElse(null),
                        caseFile.creditorPositionDue().orElse(null),
                        caseFile.objectionOutcome().map(Enum::name).orElse(null), caseFile.outcomeNote().orElse(null),
                        caseFile.rootCause().orElse(null), corrective.map(CorrectiveAction::description).orElse(null),
                        corrective.map(CorrectiveAction::owner).orElse(null),
                        corrective.map(CorrectiveAction::due).orElse(null),
                        corrective.map(CorrectiveAction::done).orElse(false), caseFile.closedAt().orElse(null)),
                caseFile.linkedCases().stream().map(linked -> linked.reference().value()).sorted().toList(),
                caseFile.timeline().stream().map(entry -> new CaseFile.Step(entry.at(), entry.actor(), entry.step(),
                        entry.detail().orElse(null))).toList(),
                caseFile.contactId().orElse(null), caseFile.allowedActions(today));
    }
}
