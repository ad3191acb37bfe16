package se.inkasso.complaints.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.Ruling;

/**
 * A final response to a case, drafted and then sent (D14). It may be sent only when it states the
 * decision, the reasons, the redress (or that there is none), that handling is free, and the routes
 * onward; to a debtor who objected it may not threaten a payment order or ask them to confirm the
 * objection again (D9).
 */
@Entity
@Table(name = "case_response")
public class FinalResponse {

    /** Words that pressure a debtor who objected (D9), in Swedish and English. */
    private static final List<Pattern> PRESSURE = List.of(
            Pattern.compile("betalningsf\u00f6rel\u00e4ggande"),
            Pattern.compile("kronofogde"),
            Pattern.compile("payment order"),
            Pattern.compile("enforcement authority"),
            Pattern.compile("bekr\u00e4fta (ditt|er|sitt) bestridande"),
            Pattern.compile("confirm (your|the) objection"));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Embedded
    private Ruling ruling;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "states_free_of_charge", nullable = false)
    private boolean statesFreeOfCharge;

    @Column(name = "states_onward_routes", nullable = false)
    private boolean statesOnwardRoutes;

    @Column(name = "drafted_by", nullable = false, length = 60)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "sent_by", length = 60)
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected FinalResponse() {
    }

    public FinalResponse(Case caseFile, Decision decision, Ruling ruling, Language language,
            boolean statesFreeOfCharge, boolean statesOnwardRoutes, String draftedBy, Instant draftedAt) {
        this.caseFile = caseFile;
        this.decision = decision;
        this.ruling = ruling;
        this.language = language;
        this.statesFreeOfCharge = statesFreeOfCharge;
        this.statesOnwardRoutes = statesOnwardRoutes;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    /**
     * What keeps the response from being sent: message keys of the missing parts and of wording that
     * pressures a debtor who objected; empty when it may be sent.
     */
    public List<String> problems(boolean debtorObjected) {
        List<String> problems = new ArrayList<>();
        if (decision == null) {
            problems.add("response.missing.decision");
        }
        if (ruling().reasons().isEmpty()) {
            problems.add("response.missing.reasons");
        }
        if (ruling().redress().isEmpty()) {
            problems.add("response.missing.redress");
        }
        if (!statesFreeOfCharge) {
            problems.add("response.missing.free-of-charge");
        }
        if (!statesOnwardRoutes) {
            problems.add("response.missing.onward-routes");
        }
        if (debtorObjected && pressures()) {
            problems.add("response.pressure");
        }
        return problems;
    }

    private boolean pressures() {
        String text = ruling().text().toLowerCase(Locale.ROOT);
        return PRESSURE.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    public void markSent(String by, Instant at) {
        this.sentBy = by;
        this.sentAt = at;
    }

    public Long id() {
        return id;
    }

    public Case caseFile() {
        return caseFile;
    }

    public Decision decision() {
        return decision;
    }

    /** The reasons and redress written; with none written yet (a table row of empty columns), an empty one. */
    public Ruling ruling() {
        return ruling == null ? Ruling.NONE : ruling;
    }

    public Language language() {
        return language;
    }

    public boolean statesFreeOfCharge() {
        return statesFreeOfCharge;
    }

    public boolean statesOnwardRoutes() {
        return statesOnwardRoutes;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> sentBy() {
        return Optional.ofNullable(sentBy);
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public long version() {
        return version;
    }
}
