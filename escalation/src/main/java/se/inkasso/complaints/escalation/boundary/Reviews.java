package se.inkasso.complaints.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.FieldError;
import se.inkasso.complaints.domain.IncompleteException;
import se.inkasso.complaints.domain.NotFoundException;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.casefile.CaseFacts;
import se.inkasso.complaints.domain.casefile.CaseLookup;
import se.inkasso.complaints.domain.event.ReviewDecided;
import se.inkasso.complaints.domain.event.ReviewRequested;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ReviewOutcome;
import se.inkasso.complaints.domain.model.Ruling;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.escalation.control.ReviewPolicy;
import se.inkasso.complaints.escalation.entity.Review;

/**
 * The complaints officer's review (D16): asked for by the debtor in the portal or through an agent
 * on the phone, once the case has been answered or its ceiling has passed unanswered; decided by
 * an officer who had no part in the case (D13); the redress decided is carried to the case.
 */
@ApplicationScoped
public class Reviews {

    @PersistenceContext(unitName = Database.UNIT)
    EntityManager entityManager;

    @Inject
    CaseLookup cases;

    @Inject
    ReviewPolicy policy;

    @Inject
    Event<ReviewRequested> requested;

    @Inject
    Event<ReviewDecided> decided;

    Clock clock = Clock.systemUTC();

    /**
     * @param requestedBy {@code debtor} in the portal, or the agent's username on the phone
     * @throws DomainException when the case is not answered yet (409) or the reason is missing (422)
     */
    @Transactional
    public ReviewInfo request(CaseReference reference, String reason, String requestedBy, Channel channel) {
        if (reason == null || reason.isBlank()) {
            throw new IncompleteException(List.of(new FieldError("reason", "review.reason-missing")));
        }
        CaseFacts caseFile = cases.get(reference);
        Instant now = clock.instant();
        LocalDate today = now.atZone(BusinessCalendar.ZONE).toLocalDate();
        Review review = new Review(caseFile.id(), now, requestedBy, channel, reason.strip(), policy.due(today));
        entityManager.persist(review);
        entityManager.flush();
        // casework escalates the case, or refuses when it is not answered yet and so undoes all of this
        requested.fire(new ReviewRequested(review.id(), caseFile.id(), reference.value(), review.due(), requestedBy,
                channel, review.reason(), now, caseFile.debtorId(), caseFile.language()));
        return ReviewInfo.of(review);
    }

    /** Open reviews, the one due first first: the officer's queue. */
    @Transactional
    public List<ReviewInfo> open(int max) {
        return entityManager.createQuery("select r from Review r where r.decidedAt is null order by r.due, r.id",
                Review.class).setMaxResults(max).getResultStream().map(ReviewInfo::of).toList();
    }

    @Transactional
    public List<ReviewInfo> ofCase(long caseId) {
        return entityManager.createQuery("select r from Review r where r.caseId = :caseId order by r.requestedAt",
                Review.class).setParameter("caseId", caseId).getResultStream().map(ReviewInfo::of).toList();
    }

    @Transactional
    public ReviewInfo find(long id) {
        return ReviewInfo.of(review(id));
    }

    /**
     * @throws se.inkasso.complaints.domain.NotPermittedException when this officer handled the case,
     *         is the person it is about, or sent the response under review
     */
    @Transactional
    public ReviewInfo decide(long id, ReviewOutcome outcome, String reasons, String redress, Money redressAmount,
            String officer) {
        List<FieldError> missing = new java.util.ArrayList<>();
        if (outcome == null) {
            missing.add(new FieldError("outcome", "field.missing", "outcome"));
        }
        if (reasons == null || reasons.isBlank()) {
            missing.add(new FieldError("reasons", "review.reasons-missing"));
        }
        Review review = review(id);
        // a decided review is decided, whoever asks: the officer who decided it now took part in the case
        review.requireOpen();
        CaseFacts caseFile = cases.get(review.caseId());
        policy.requireIndependent(caseFile, officer, cases.responders(caseFile.id()),
                cases.participants(caseFile.id()));
        if (!missing.isEmpty()) {
            throw new IncompleteException(missing);
        }
        Ruling ruling = new Ruling(reasons, redress, redressAmount);
        Instant now = clock.instant();
        review.decide(outcome, ruling, officer, now);
        decided.fire(new ReviewDecided(review.id(), caseFile.id(), caseFile.reference().value(), outcome,
                review.ruling().reasons().orElse(null), review.ruling().redress().orElse(null), officer, now, caseFile.debtorId(),
                caseFile.language()));
        return ReviewInfo.of(review);
    }

    private Review review(long id) {
        Review review = entityManager.find(Review.class, id);
        if (review == null) {
            throw new NotFoundException("review.unknown", String.valueOf(id));
        }
        return review;
    }
}
