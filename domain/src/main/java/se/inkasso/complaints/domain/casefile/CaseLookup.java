package se.inkasso.complaints.domain.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.identity.CaseReference;

/** Reads cases for the modules that do not own them; casework answers. */
public interface CaseLookup {

    Optional<CaseFacts> find(long caseId);

    Optional<CaseFacts> find(CaseReference reference);

    /** @throws NotFoundException when there is no such case */
    default CaseFacts get(CaseReference reference) {
        return find(reference).orElseThrow(() -> new NotFoundException("case.unknown", reference.value()));
    }

    /** @throws NotFoundException when there is no such case */
    default CaseFacts get(long caseId) {
        return find(caseId).orElseThrow(() -> new NotFoundException("case.unknown", String.valueOf(caseId)));
    }

    /** Everyone who drafted or sent one of the case's final responses (D16: they may not review it). */
    List<String> responders(long caseId);

    /** The staff who took any step on the case's timeline (D16: they had a part in it). */
    List<String> participants(long caseId);

    /** What was agreed when the case was resolved during the call (D2), if it was. */
    Optional<String> resolutionNote(long caseId);

    Optional<ResponseFacts> response(long responseId);

    /** The references of these cases, in one query. */
    Map<Long, CaseReference> references(Collection<Long> caseIds);
}
