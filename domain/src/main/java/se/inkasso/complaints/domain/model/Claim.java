package se.inkasso.complaints.domain.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.OcrReference;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.persistence.OcrReferenceConverter;

/**
 * One debt under collection: creditor, principal, interest and fees, what has been paid, the
 * payment reference, and whether collection may go on. Holds placed by objections (D6) live with
 * the claim so that one version guards both.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "creditor_id")
    private Creditor creditor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "debtor_id")
    private Debtor debtor;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal principal;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal interest;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal fees;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal paid;

    @Convert(converter = OcrReferenceConverter.class)
    @Column(name = "ocr_reference", nullable = false, unique = true, length = 25)
    private OcrReference ocrReference;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** The day the creditor handed the claim to the agency; none for claims from before it was kept. */
    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "collection_status", nullable = false, length = 20)
    private CollectionStatus collectionStatus = CollectionStatus.ACTIVE;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("placedAt")
    private List<CollectionHold> holds = new ArrayList<>();

    @Version
    private long version;

    protected Claim() {
    }

    public Claim(String reference, Creditor creditor, Debtor debtor, Money principal, Money interest, Money fees,
            OcrReference ocrReference, LocalDate dueDate, LocalDate registeredOn) {
        this.reference = reference;
        this.creditor = creditor;
        this.debtor = debtor;
        this.principal = principal.amount();
        this.interest = interest.amount();
        this.fees = fees.amount();
        this.paid = BigDecimal.ZERO;
        this.ocrReference = ocrReference;
        this.dueDate = dueDate;
        this.registeredOn = registeredOn;
    }

    /**
     * Puts the claim, or the disputed part of it, on collection hold for an objection (D6).
     *
     * @param amount the disputed amount, or null when the whole claim is disputed
     */
    public CollectionHold placeHold(long caseId, Money amount, Instant at) {
        if (amount != null) {
            requireDisputable(amount);
        }
        CollectionHold hold = new CollectionHold(this, caseId, amount == null ? null : amount.amount(), at);
        holds.add(hold);
        if (collectionStatus == CollectionStatus.ACTIVE) {
            collectionStatus = CollectionStatus.ON_HOLD;
        }
        return hold;
    }

    /** A disputed amount must be positive and at most the balance (D6: the disputed part is held). */
    public void requireDisputable(Money amount) {
        if (!amount.isPositive() || amount.compareTo(balance()) > 0) {
            throw DomainException.about("disputedAmount", "hold.amount", amount.amount().toPlainString(),
                    balance().amount().toPlainString());
        }
    }

    /**
     * Whether a collection action may be taken now (D6, D8). Under a hold on the whole claim nothing
     * may be done; under a hold on a disputed part, reminders and demands only for at most the
     * undisputed rest, never a new fee or a payment order; a disputed claim never goes to a payment
     * order (court is the next step); a closed claim is not collected.
     *
     * @param amount the amount the action concerns, or null for the whole balance
     */
    public CollectionDecision mayTake(CollectionAction action, Money amount) {
        if (collectionStatus == CollectionStatus.CLOSED) {
            return CollectionDecision.refuse("collection.closed", null);
        }
        List<CollectionHold> active = activeHolds();
        for (CollectionHold hold : active) {
            if (hold.amount().isEmpty()) {
                return CollectionDecision.refuse("collection.on-hold", hold.caseId());
            }
        }
        if (!active.isEmpty()) {
            CollectionHold first = active.get(0);
            if (action == CollectionAction.FEE || action == CollectionAction.PAYMENT_ORDER_APPLICATION) {
                return CollectionDecision.refuse("collection.on-hold", first.caseId());
            }
            Money disputed = active.stream().map(hold -> hold.amount().orElseThrow()).reduce(Money::plus).orElseThrow();
            Money undisputed = balance().minus(disputed);
            if (amount == null || amount.compareTo(undisputed) > 0) {
                return CollectionDecision.refuse("collection.above-undisputed", first.caseId());
            }
        }
        if (collectionStatus == CollectionStatus.DISPUTED && action == CollectionAction.PAYMENT_ORDER_APPLICATION) {
            return CollectionDecision.refuse("collection.disputed-court", null);
        }
        return CollectionDecision.allow();
    }

    /** Lifts the holds an objection placed, with the reason (D7, D8); the claim is collectable again if no other holds it. */
    public void liftHolds(long caseId, String reason, Instant at) {
        holds.stream().filter(hold -> hold.isActive() && hold.caseId() == caseId)
                .forEach(hold -> hold.lift(reason, at));
        if (activeHolds().isEmpty() && (collectionStatus == CollectionStatus.ON_HOLD
                || collectionStatus == CollectionStatus.DISPUTED)) {
            collectionStatus = CollectionStatus.ACTIVE;
        }
    }

    /** A substantive objection (D7): the claim is disputed while the creditor's position is awaited. */
    public void markDisputed() {
        collectionStatus = CollectionStatus.DISPUTED;
    }

    /** Keeps on hold only the disputed part of an objection (D8 PARTIAL); the rest may be collected. */
    public void keepOnHoldOnly(long caseId, Money disputedPart, String reason, Instant at) {
        requireDisputable(disputedPart);
        liftHolds(caseId, reason, at);
        holds.add(new CollectionHold(this, caseId, disputedPart.amount(), at));
        collectionStatus = CollectionStatus.ON_HOLD;
    }

    /** Corrects what is owed (D8 ADJUSTED); a refunded fee is taken off the fees. */
    public void adjust(Money newPrincipal, boolean refundFees) {
        if (newPrincipal != null) {
            if (newPrincipal.amount().signum() < 0 || newPrincipal.compareTo(principal()) > 0) {
                throw DomainException.about("adjustedAmount", "objection.adjusted-amount",
                        newPrincipal.amount().toPlainString(), principal().amount().toPlainString());
            }
            principal = newPrincipal.amount();
        }
        if (refundFees) {
            fees = BigDecimal.ZERO.setScale(2);
        }
    }

    /** The creditor withdrew the claim (D8 WITHDRAWN): no more collection. */
    public void close() {
        collectionStatus = CollectionStatus.CLOSED;
    }

    /** Records a payment; for demo and test data until payments are imported. */
    public void recordPayment(Money amount) {
        paid = paid.add(amount.amount());
    }

    public List<CollectionHold> activeHolds() {
        return holds.stream().filter(CollectionHold::isActive).toList();
    }

    public List<CollectionHold> holds() {
        return List.copyOf(holds);
    }

    public Money balance() {
        return Money.sek(principal.add(interest).add(fees).subtract(paid));
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Creditor creditor() {
        return creditor;
    }

    public Debtor debtor() {
        return debtor;
    }

    public Money principal() {
        return Money.sek(principal);
    }

    public Money interest() {
        return Money.sek(interest);
    }

    public Money fees() {
        return Money.sek(fees);
    }

    public Money paid() {
        return Money.sek(paid);
    }

    public OcrReference ocrReference() {
        return ocrReference;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Optional<LocalDate> registeredOn() {
        return Optional.ofNullable(registeredOn);
    }

    public CollectionStatus collectionStatus() {
        return collectionStatus;
    }

    public long version() {
        return version;
    }
}
