package se.inkasso.complaints.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the case page shows, read in one transaction: no lazy loading while the page renders. */
public record CaseSummary(String reference, String type, String status, String channel, String language,
        Instant receivedAt, LocalDate acknowledgementDue, LocalDate responseDue, LocalDate responseCeiling,
        String debtorName, String debtorPersonnummer, String claimReference, String creditor, BigDecimal balance,
        String collectionStatus, int activeHolds, String handler, String description, String remedySought,
        List<String> linkedCases, List<Step> timeline, List<Letter> letters) implements Serializable {

    /** One step on the timeline. */
    public record Step(Instant at, String actor, String step, String detail, boolean visibleToDebtor)
            implements Serializable {
    }

    /** A letter sent about the case, with where its PDF opens. */
    public record Letter(long id, String title, String kind, String language, Instant sentAt, int pages)
            implements Serializable {
    }
}
