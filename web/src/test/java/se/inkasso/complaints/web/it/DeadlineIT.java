package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.casework.boundary.DeadlineWatch;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.DeadlineApproaching;
import se.inkasso.complaints.domain.event.DeadlineBreached;
import se.inkasso.complaints.domain.event.DelayLetterRequested;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.DeadlineKind;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.intake.boundary.IntakeService;

/** The deadline job (D11, D12) on Payara Micro against PostgreSQL, run by two threads at once. */
@ExtendWith(ArquillianExtension.class)
class DeadlineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    IntakeService intake;

    @Inject
    CaseRepository cases;

    @Inject
    TestData testData;

    @Inject
    EventRecorder events;

    @Resource
    ManagedExecutorService executor;

    private final BusinessCalendar calendar = new BusinessCalendar();
    private final LocalDate today = LocalDate.now(BusinessCalendar.ZONE);

    @Test
    void twoScansAtOnceAnnounceEachBreachOnceAndAskForOneDelayLetter() throws Exception {
        Case late = complaintReceived(today.minusDays(30));

        scanTwiceConcurrently();
        scanTwiceConcurrently();

        assertThat(breaches(late)).containsExactlyInAnyOrder(DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.RESPONSE);
        List<DelayLetterRequested> delays = of(DelayLetterRequested.class, late);
        assertThat(delays).singleElement().satisfies(delay -> {
            assertThat(delay.missedDue()).isEqualTo(late.deadlines().responseDue());
            LocalDate expected = calendar.plusBusinessDays(today, 15);
            assertThat(delay.newDue()).isEqualTo(expected.isAfter(late.deadlines().responseCeiling())
                    ? late.deadlines().responseCeiling() : expected);
            assertThat(delay.reason()).isNotBlank();
        });
        Case after = cases.find(late.id()).orElseThrow();
        assertThat(after.deadlines().responseDue()).isEqualTo(delays.get(0).newDue());
        assertThat(after.receivedAt()).as("the clock never restarts").isEqualTo(late.receivedAt());
        assertThat(after.deadlines().responseCeiling()).isEqualTo(late.deadlines().responseCeiling());
    }

    @Test
    void pastTheCeilingThereIsNoFurtherDelay() throws Exception {
        Case veryLate = complaintReceived(today.minusWeeks(9));

        scanTwiceConcurrently();

        assertThat(breaches(veryLate)).contains(DeadlineKind.CEILING, DeadlineKind.RESPONSE);
        assertThat(of(DeadlineBreached.class, veryLate)).filteredOn(b -> b.kind() == DeadlineKind.CEILING).hasSize(1);
        assertThat(of(DelayLetterRequested.class, veryLate)).isEmpty();
    }

    @Test
    void anApproachingTargetIsAnnouncedOnceBeforeItRunsOut() throws Exception {
        LocalDate received = today;
        while (calendar.plusBusinessDays(received, 15).isAfter(calendar.plusBusinessDays(today, 1))) {
            received = received.minusDays(1);
        }
        Case soon = complaintReceived(received);
        assertThat(soon.deadlines().responseDue()).isAfterOrEqualTo(today);

        scanTwiceConcurrently();
        scanTwiceConcurrently();

        assertThat(of(DeadlineApproaching.class, soon)).filteredOn(a -> a.kind() == DeadlineKind.RESPONSE)
                .singleElement().satisfies(approaching -> assertThat(approaching.due())
                        .isEqualTo(soon.deadlines().responseDue()));
        assertThat(breaches(soon)).doesNotContain(DeadlineKind.RESPONSE);
    }

    private Case complaintReceived(LocalDate day) {
        Claim claim = testData.claim();
        Instant receivedAt = day.atTime(10, 0).atZone(BusinessCalendar.ZONE).toInstant();
        intake.receive(new ContactSubmission(Channel.PHONE, claim.debtor().id(), claim.reference(),
                Set.of(CaseType.COMPLAINT), ComplaintCategory.SERVICE, null, null, "Ingen återkom.", null,
                Language.SV, "agent", null, null, receivedAt));
        return cases.findOpen(claim.id(), CaseType.COMPLAINT).get(0);
    }

    private void scanTwiceConcurrently() throws Exception {
        Callable<Integer> scan = () -> watch.scan(today);
        List<Future<Integer>> runs = executor.invokeAll(List.of(scan, scan));
        for (Future<Integer> run : runs) {
            assertThat(run.get()).isPositive();
        }
    }

    private List<DeadlineKind> breaches(Case caseFile) {
        return of(DeadlineBreached.class, caseFile).stream().map(DeadlineBreached::kind).toList();
    }

    private <T> List<T> of(Class<T> type, Case caseFile) {
        return events.deadlines().stream().filter(type::isInstance).map(type::cast)
                .filter(event -> caseId(event) == caseFile.id()).toList();
    }

    private static long caseId(Object event) {
        if (event instanceof DeadlineApproaching approaching) {
            return approaching.caseId();
        }
        if (event instanceof DeadlineBreached breach) {
            return breach.caseId();
        }
        return ((DelayLetterRequested) event).caseId();
    }
}
