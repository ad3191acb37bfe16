package se.inkasso.complaints.intake.boundary;

import java.util.List;

/**
 * What a debtor writes to the agency in Mina sidor (D24), already parsed.
 *
 * @param debtorId  the logged-in debtor
 * @param caseId    one of the debtor's own cases the message is about, or null for a message in general
 * @param text      the debtor's words, at most {@link TextLimits#MESSAGE} characters
 * @param documents at most five documents, checked by their content as with a filing
 */
public record DebtorMessage(long debtorId, Long caseId, String text, List<Upload> documents) {

    public DebtorMessage {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
