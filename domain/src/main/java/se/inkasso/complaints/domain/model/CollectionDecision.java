package se.inkasso.complaints.domain.model;

import java.util.Optional;

/**
 * The answer of the collection guard (D6, D8): allowed, or refused with the reason and the case
 * whose objection holds the claim.
 *
 * @param reasonKey message key of the refusal, null when allowed
 * @param caseId    the case whose hold refuses the action, if a hold does
 */
public record CollectionDecision(boolean allowed, String reasonKey, Long caseId) {

    public static CollectionDecision allow() {
        return new CollectionDecision(true, null, null);
    }

    public static CollectionDecision refuse(String reasonKey, Long caseId) {
        return new CollectionDecision(false, reasonKey, caseId);
    }

    public Optional<Long> holdingCase() {
        return Optional.ofNullable(caseId);
    }
}
