package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.inkasso.complaints.casework.boundary.CaseFile;
import se.inkasso.complaints.casework.boundary.CaseFiles;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseAction;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.escalation.boundary.Reviews;
import se.inkasso.complaints.intake.boundary.AttachmentInfo;
import se.inkasso.complaints.intake.boundary.Attachments;
import se.inkasso.complaints.notification.boundary.Conversations;
import se.inkasso.complaints.notification.boundary.Inbox;
import se.inkasso.complaints.notification.boundary.InboxMessage;
import se.inkasso.complaints.notification.boundary.Letters;
import se.inkasso.complaints.web.security.Caller;

/**
 * What a debtor sees on My pages, read in one transaction: their claims, their cases and each case
 * with the steps meant for them (never staff-only ones, D18), and their unread messages.
 */
@ApplicationScoped
public class DebtorView {

    /** A claim with its amounts itemised and how to pay it (D22). */
    public record ClaimLine(String reference, String creditor, BigDecimal principal, BigDecimal interest,
            BigDecimal fees, BigDecimal paid, BigDecimal balance, LocalDate dueDate, String collectionStatus,
            String ocrReference) implements Serializable {
    }

    /** A case in the debtor's list. */
    public record CaseLine(String reference, String type, String status, Instant receivedAt, LocalDate responseDue)
            implements Serializable {
    }

    /** One case as its debtor follows it. */
    public record CaseView(long id, String reference, String type, String status, Instant receivedAt,
            LocalDate acknowledgementDue, LocalDate responseDue, LocalDate responseCeiling, String claimReference,
            String creditor, String collectionStatus, List<Step> steps, List<Letter> letters, List<Review> reviews,
            List<AttachmentInfo> attachments, List<Message> messages, boolean reviewable, boolean withdrawable,
            String policyVersion, String description, String remedySought, boolean awaitingAnswer, String decision,
            List<String> linkedCases) implements Serializable {
    }

    /** A message about a case or in general, either way (D24), with the documents the debtor sent along. */
    public record Message(long id, Instant at, boolean fromDebtor, String subject, String text, Long letterId,
            boolean unread, List<AttachmentInfo> documents) implements Serializable {
    }

    /** The messages about one case, or in general when {@code reference} is null, newest first. */
    public record Thread(String reference, String type, List<Message> messages) implements Serializable {

        public boolean hasUnread() {
            return messages.stream().anyMatch(Message::unread);
        }
    }

    /** A step of the case the debtor may see. */
    public record Step(Instant at, String step, String detail) implements Serializable {
    }

    /** A letter about the case, opened as a PDF. */
    public record Letter(long id, String title, Instant sentAt) implements Serializable {
    }

    /** A review the debtor asked for (D16). */
    public record Review(Instant requestedAt, LocalDate due, String outcome) implements Serializable {
    }

    /** Everything on the first page of My pages. */
    public record Overview(String name, List<ClaimLine> claims, List<CaseLine> cases, long unread)
            implements Serializable {
    }

    /** Still waiting for the agency's answer: the dates it is due by matter. */
    private static final Set<CaseStatus> AWAITING_ANSWER = EnumSet.of(CaseStatus.RECEIVED, CaseStatus.REGISTERED,
            CaseStatus.ACKNOWLEDGED, CaseStatus.INVESTIGATING, CaseStatus.AWAITING_CREDITOR);

    @Inject
    Caller caller;

    @Inject
    ClaimRepository claims;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Letters letters;

    @Inject
    Reviews reviews;

    @Inject
    Inbox inbox;

    @Inject
    Attachments attachments;

    @Inject
    Conversations conversations;

    /** The logged-in debtor's first page. */
    @Transactional
    public Overview overview() {
        Debtor debtor = caller.debtor();
        return new Overview(debtor.name(),
                claims.findByDebtor(debtor.id()).stream().map(claim -> new ClaimLine(claim.reference(),
                        claim.creditor().name(), claim.principal().amount(), claim.interest().amount(),
                        claim.fees().amount(), claim.paid().amount(), claim.balance().amount(), claim.dueDate(),
                        claim.collectionStatus().name(), claim.ocrReference().value())).toList(),
                cases(),
                inbox.unread(debtor.id()));
    }

    /** One of the caller's own cases; another debtor's case, or none, is empty: "not found" to them. */
    @Transactional
    public Optional<CaseView> ownCase(String reference) {
        return own(reference).map(this::view);
    }

    private CaseView view(CaseFile c) {
        return new CaseView(c.id(), c.reference(), c.type().name(), c.status().name(), c.receivedAt(),
                c.deadlines().acknowledgementDue(), c.deadlines().responseDue(), c.deadlines().responseCeiling(),
                c.claim().reference(), c.claim().creditor(), c.claim().collectionStatus(),
                c.timeline().stream().map(entry -> new Step(entry.at(), entry.step().code(), entry.detail())).toList(),
                letters.ofCase(c.id()).stream().map(letter -> new Letter(letter.id(), letter.title(),
                        letter.createdAt())).toList(),
                reviews.ofCase(c.id()).stream().map(review -> new Review(review.requestedAt(), review.due(),
                        review.outcome())).toList(),
                attachments.ofCase(c.id(), c.contactId()),
                conversations.ofCase(c.id()).stream().map(this::message).toList(),
                c.allows(CaseAction.REQUEST_REVIEW), c.allows(CaseAction.WITHDRAW), c.policyVersion(),
                c.description(), c.remedySought(), AWAITING_ANSWER.contains(c.status()), decision(c), c.linkedCases());
    }

    /** The decision of the final response (D14), as its step on the timeline records it; null before it. */
    private static String decision(CaseFile c) {
        return c.timeline().stream().filter(entry -> entry.step() == TimelineStep.RESPONSE_SENT)
                .reduce((first, last) -> last).map(CaseFile.Step::detail).orElse(null);
    }

    /**
     * The inbox by case (D24): a thread for each case with messages, the one with the newest first,
     * and the messages in general as a thread of their own.
     */
    @Transactional
    public List<Thread> threads(int max) {
        long debtorId = caller.debtor().id();
        Map<Long, CaseFile> own = caseFiles.allOfDebtor(debtorId).stream()
                .collect(Collectors.toMap(CaseFile::id, file -> file));
        Map<Long, List<Message>> byCase = new LinkedHashMap<>();
        List<Message> general = new ArrayList<>();
        for (InboxMessage message : inbox.of(debtorId, max)) {
            if (message.caseId() == null || !own.containsKey(message.caseId())) {
                general.add(message(message));
            } else {
                byCase.computeIfAbsent(message.caseId(), id -> new ArrayList<>()).add(message(message));
            }
        }
        List<Thread> threads = new ArrayList<>();
        byCase.forEach((caseId, messages) -> threads.add(new Thread(own.get(caseId).reference(),
                own.get(caseId).type().name(), messages)));
        if (!general.isEmpty()) {
            threads.add(new Thread(null, null, general));
        }
        return threads;
    }

    /** The id of one of the caller's own cases, to write about it. */
    @Transactional
    public Optional<Long> ownCaseId(String reference) {
        return own(reference).map(CaseFile::id);
    }

    private Optional<CaseFile> own(String reference) {
        CaseReference parsed;
        try {
            parsed = new CaseReference(reference == null ? "" : reference.strip());
        } catch (DomainException notAReference) {
            return Optional.empty();
        }
        return caseFiles.ofDebtor(parsed, caller.debtor().id());
    }

    /** The caller's cases to choose from when writing: reference and type. */
    @Transactional
    public List<CaseLine> cases() {
        return caseFiles.allOfDebtor(caller.debtor().id()).stream().map(c -> new CaseLine(c.reference(),
                c.type().name(), c.status().name(), c.receivedAt(), c.deadlines().responseDue())).toList();
    }

    private Message message(InboxMessage message) {
        return new Message(message.id(), message.createdAt(), message.fromDebtor(), message.subject(), message.body(),
                message.letterId(), message.unread(),
                message.contactId() == null ? List.of() : attachments.ofContact(message.contactId()));
    }
}
