package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.casework.boundary.Closure;
import se.inkasso.complaints.casework.boundary.DeadlineWatch;
import se.inkasso.complaints.casework.boundary.FollowUp;
import se.inkasso.complaints.casework.boundary.FollowUpReport;
import se.inkasso.complaints.casework.boundary.ObjectionHandling;
import se.inkasso.complaints.casework.boundary.Responses;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.ObjectionOutcome;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.intake.boundary.IntakeService;

/** D15: the follow-up report's figures against a data set built by hand for one creditor. */
@ExtendWith(ArquillianExtension.class)
class FollowUpReportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    TestData testData;

    @Inject
    IntakeService intake;

    @Inject
    CaseRepository cases;

    @Inject
    Responses responses;

    @Inject
    Closure closure;

    @Inject
    ObjectionHandling objections;

    @Inject
    DeadlineWatch deadlines;

    @Inject
    FollowUp followUp;

    private final LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void theFiguresMatchAHandBuiltSet() {
        Claim first = testData.claim();
        Claim second = testData.claimFor(first.debtor(), first.creditor());

        // A: a portal complaint answered the same day with 60 kr redress, then closed
        CaseReference answered = receive(first, Channel.PORTAL, CaseType.COMPLAINT, ComplaintCategory.CONDUCT, null,
                null, null);
        var draft = responses.draft(answered, Decision.PARTIALLY_UPHELD, "Vi var otrevliga.", "Avgiften stryks.",
                Money.sek("60"), Language.SV, true, true, "it", null);
        responses.send(answered, draft.id(), "it", null);
        closure.close(answered, "STAFF_CONDUCT", null, "it", null);
        // B: a phone complaint resolved during the call
        receive(first, Channel.PHONE, CaseType.COMPLAINT, ComplaintCategory.SERVICE, null, "Förklarat.", null);
        // C: an objection the creditor withdrew
        CaseReference objection = receive(second, Channel.PORTAL, CaseType.OBJECTION, null,
                ObjectionGrounds.ALREADY_PAID, null, null);
        objections.assess(objection, true, "Kvitto finns.", "it", null);
        objections.recordOutcome(objection, ObjectionOutcome.WITHDRAWN, null, false, null, null, "it", null);
        // D: a phone complaint received 30 days ago and never answered
        CaseReference unanswered = receive(second, Channel.PHONE, CaseType.COMPLAINT, ComplaintCategory.SERVICE, null,
                null, today.minusDays(30).atTime(9, 0).atZone(BusinessCalendar.ZONE).toInstant());
        // its acknowledgement goes out today, 29 days late (D11)
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.findByReference(unanswered).orElseThrow().status()
                == CaseStatus.ACKNOWLEDGED);
        deadlines.scan(today);

        FollowUpReport report = followUp.report(today.minusDays(40), today, first.creditor().id());

        assertThat(report.total()).isEqualTo(4);
        Map<String, Map<String, Long>> counts = report.sections();
        assertThat(counts.get("type")).containsExactlyInAnyOrderEntriesOf(Map.of("COMPLAINT", 3L, "OBJECTION", 1L));
        assertThat(counts.get("channel")).containsExactlyInAnyOrderEntriesOf(Map.of("PORTAL", 2L, "PHONE", 2L));
        assertThat(counts.get("category")).containsExactlyInAnyOrderEntriesOf(Map.of("CONDUCT", 1L, "SERVICE", 2L));
        assertThat(counts.get("grounds")).containsExactlyInAnyOrderEntriesOf(Map.of("ALREADY_PAID", 1L));
        assertThat(counts.get("creditor")).containsExactlyInAnyOrderEntriesOf(Map.of("Testborgenär AB", 4L));
        assertThat(counts.get("status")).containsExactlyInAnyOrderEntriesOf(Map.of("CLOSED", 1L,
                "RESOLVED_ON_CONTACT", 1L, "RESPONDED", 1L, "ACKNOWLEDGED", 1L));
        assertThat(counts.get("rootCause")).containsExactlyInAnyOrderEntriesOf(Map.of("STAFF_CONDUCT", 1L));
        assertThat(counts.get("decision")).containsExactlyInAnyOrderEntriesOf(Map.of("PARTIALLY_UPHELD", 1L));
        assertThat(counts.get("objectionOutcome")).containsExactlyInAnyOrderEntriesOf(Map.of("WITHDRAWN", 1L));
        assertThat(counts.get("month").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertThat(report.responseMet()).isEqualTo(3);
        assertThat(report.responseBreached()).isEqualTo(1);
        assertThat(report.acknowledgementBreached()).isEqualTo(1);
        assertThat(report.ceilingBreached()).isZero();
        assertThat(report.medianHandlingBusinessDays()).isEqualTo(0.0);
        assertThat(report.redressTotal()).isEqualByComparingTo(new BigDecimal("60.00"));

        FollowUpReport otherPeriod = followUp.report(today.minusDays(60), today.minusDays(41), first.creditor().id());
        assertThat(otherPeriod.total()).isZero();
        assertThat(otherPeriod.medianHandlingBusinessDays()).isNull();
    }

    private CaseReference receive(Claim claim, Channel channel, CaseType type, ComplaintCategory category,
            ObjectionGrounds grounds, String resolutionNote, Instant receivedAt) {
        var receipt = intake.receive(new ContactSubmission(channel, claim.debtor().id(), claim.reference(), Set.of(type),
                category, grounds, null, "Test", null, Language.SV, channel == Channel.PHONE ? "it" : "debtor:it",
                resolutionNote, null, receivedAt));
        return cases.findByContact(receipt.contactId()).get(0).reference();
    }
}
