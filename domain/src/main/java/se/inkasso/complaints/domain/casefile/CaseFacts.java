package se.inkasso.complaints.domain.casefile;

import java.time.Instant;
import java.util.Optional;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Deadlines;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.money.Money;

/**
 * A case as escalation and notification need to see it: who it concerns, in which language, its
 * clocks, and who handles it and whom a complaint is about (D13).
 */
public record CaseFacts(long id, CaseReference reference, CaseType type, CaseStatus status, long debtorId,
        Language language, String claimReference, String creditorName, Instant receivedAt, Deadlines deadlines,
        Optional<Money> disputedAmount, Optional<String> handler, Optional<String> subjectStaff) {
}
