package se.inkasso.complaints.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;

/**
 * What one generated case is and how far it got: received some time in the three years before
 * the data set's day, in a state that fits its age (old cases mostly closed, recent ones at every
 * step), with the clocks the application would have set (D11, D12).
 */
record CasePlan(long id, int claim, CaseType type, Channel channel, CaseStatus status, Instant receivedAt,
        LocalDate acknowledgementDue, LocalDate responseDue, LocalDate ceiling, Instant answeredAt, Instant closedAt) {

    static final int YEARS = 3;

    static CasePlan draw(long id, int claim, SplittableRandom random, Instant now, BusinessCalendar calendar) {
        CaseType type = random.nextInt(100) < 60 ? CaseType.COMPLAINT : CaseType.OBJECTION;
        Channel channel = random.nextInt(100) < 70 ? Channel.PORTAL : Channel.PHONE;
        // a little more recent than uniform: the agency grows, and recent cases are the busy part of the queues
        double along = Math.sqrt(random.nextDouble());
        Instant receivedAt = now.minus(Duration.ofMinutes((long) ((1 - along) * YEARS * 365 * 24 * 60)))
                .minusSeconds(random.nextInt(60));
        long ageDays = Duration.between(receivedAt, now).toDays();
        CaseStatus status = status(type, channel, ageDays, random);
        LocalDate received = receivedAt.atZone(BusinessCalendar.ZONE).toLocalDate();
        Instant answeredAt = null;
        Instant closedAt = null;
        if (status == CaseStatus.RESOLVED_ON_CONTACT) {
            closedAt = receivedAt.plusSeconds(300);
        } else if (status == CaseStatus.WITHDRAWN) {
            closedAt = earlier(receivedAt.plus(Duration.ofDays(1 + random.nextInt(10))), now);
        } else if (status == CaseStatus.RESPONDED || status == CaseStatus.ESCALATED || status == CaseStatus.CLOSED) {
            answeredAt = earlier(receivedAt.plus(Duration.ofDays(2 + random.nextInt(20)))
                    .plusSeconds(random.nextInt(28_800)), now);
            closedAt = status == CaseStatus.CLOSED
                    ? earlier(answeredAt.plus(Duration.ofDays(random.nextInt(20))).plusSeconds(600), now) : null;
        }
        return new CasePlan(id, claim, type, channel, status, receivedAt, calendar.plusBusinessDays(receivedAt, 1),
                calendar.plusBusinessDays(receivedAt, 15), received.plusWeeks(8), answeredAt, closedAt);
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    private static CaseStatus status(CaseType type, Channel channel, long ageDays, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (channel == Channel.PHONE && roll < 6) {
            return CaseStatus.RESOLVED_ON_CONTACT;
        }
        if (ageDays > 60) {
            return roll < 92 ? CaseStatus.CLOSED : roll < 94 ? CaseStatus.WITHDRAWN
                    : roll < 97 ? CaseStatus.RESPONDED : CaseStatus.ESCALATED;
        }
        if (ageDays > 20) {
            return roll < 30 ? CaseStatus.CLOSED : roll < 65 ? CaseStatus.RESPONDED : roll < 75 ? CaseStatus.ESCALATED
                    : roll < 88 && type == CaseType.OBJECTION ? CaseStatus.AWAITING_CREDITOR : CaseStatus.INVESTIGATING;
        }
        if (ageDays < 1 && roll < 25) {
            return CaseStatus.RECEIVED;
        }
        return roll < 15 ? CaseStatus.REGISTERED : roll < 45 ? CaseStatus.ACKNOWLEDGED
                : roll < 70 ? CaseStatus.INVESTIGATING
                : roll < 82 && type == CaseType.OBJECTION ? CaseStatus.AWAITING_CREDITOR
                : roll < 92 ? CaseStatus.RESPONDED : CaseStatus.CLOSED;
    }

    boolean isOpen() {
        return status.isOpen();
    }

    /** Past registration: someone works it, and the acknowledgement has gone out (D11). */
    boolean isAcknowledged() {
        return status != CaseStatus.RECEIVED && status != CaseStatus.REGISTERED;
    }

    /** The final response has been sent (D14). */
    boolean isAnswered() {
        return answeredAt != null;
    }

    /** An objection's collection hold stands until the objection is decided or withdrawn (D6, D26). */
    boolean holdsCollection() {
        return type == CaseType.OBJECTION && !isAnswered() && status != CaseStatus.RESOLVED_ON_CONTACT
                && status != CaseStatus.WITHDRAWN;
    }

    /** When an objection's hold ended: at the answer, or when the debtor withdrew it; null while it stands. */
    Instant holdEndedAt() {
        return status == CaseStatus.WITHDRAWN ? closedAt : answeredAt;
    }
}
