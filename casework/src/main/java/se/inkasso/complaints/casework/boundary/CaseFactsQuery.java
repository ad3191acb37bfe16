package se.inkasso.complaints.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.control.ResponseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.casework.entity.FinalResponse;
import se.inkasso.complaints.casework.entity.TimelineEntry;
import se.inkasso.complaints.domain.casefile.CaseFacts;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.casefile.ResponseFacts;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.TimelineStep;

/**
 * Casework's answer to the other modules' questions about a case: facts, never the entity. Each
 * answer is read in a transaction (the caller's, or its own) so that the case's claim and creditor
 * can be read with it.
 */
@ApplicationScoped
@Transactional
public class CaseFactsQuery implements CaseLookup {

    @Inject
    CaseRepository cases;

    @Inject
    ResponseRepository responses;

    @Override
    public Optional<CaseFacts> find(long caseId) {
        return cases.find(caseId).map(CaseFactsQuery::facts);
    }

    @Override
    public Optional<CaseFacts> find(CaseReference reference) {
        return cases.findByReference(reference).map(CaseFactsQuery::facts);
    }

    @Override
    public List<String> responders(long caseId) {
        return responses.findByCase(caseId).stream()
                .flatMap(response -> Stream.concat(Stream.of(response.draftedBy()), response.sentBy().stream()))
                .distinct().toList();
    }

    @Override
    public List<String> participants(long caseId) {
        return cases.find(caseId).stream().flatMap(caseFile -> caseFile.timeline().stream())
                .map(TimelineEntry::actor).filter(Case::isStaff).distinct().toList();
    }

    @Override
    public Optional<String> resolutionNote(long caseId) {
        return cases.find(caseId).flatMap(caseFile -> caseFile.timeline().stream()
                .filter(entry -> entry.step() == TimelineStep.CASE_RESOLVED_ON_CONTACT).map(TimelineEntry::detail)
                .flatMap(Optional::stream).findFirst());
    }

    @Override
    public Optional<ResponseFacts> response(long responseId) {
        return responses.find(responseId).map(CaseFactsQuery::facts);
    }

    @Override
    public Map<Long, CaseReference> references(Collection<Long> caseIds) {
        return cases.referencesOf(caseIds);
    }

    private static CaseFacts facts(Case caseFile) {
        return new CaseFacts(caseFile.id(), caseFile.reference(), caseFile.type(), caseFile.status(),
                caseFile.debtorId(), caseFile.language(), caseFile.claim().reference(), caseFile.creditor().name(),
                caseFile.receivedAt(), caseFile.deadlines(), caseFile.disputedAmount(), caseFile.handler(),
                caseFile.subjectStaff());
    }

    private static ResponseFacts facts(FinalResponse response) {
        return new ResponseFacts(response.id(), response.caseFile().id(), response.decision(), response.ruling().reasons(),
                response.ruling().redress(), response.ruling().redressAmount());
    }
}
