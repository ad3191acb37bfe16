package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.event.DeadlineScanFinished;
import se.inkasso.complaints.domain.event.DeadlineScanStarted;
import se.inkasso.complaints.domain.event.DelayLetterRequested;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.intake.boundary.IntakeService;
import se.inkasso.complaints.notification.boundary.Dispatcher;
import se.inkasso.complaints.notification.boundary.LetterInfo;
import se.inkasso.complaints.notification.boundary.Letters;
import se.inkasso.complaints.notification.boundary.Outbox;
import se.inkasso.complaints.notification.boundary.PrintBatchInfo;
import se.inkasso.complaints.notification.boundary.PrintExport;
import se.inkasso.complaints.notification.control.Delivery;
import se.inkasso.complaints.notification.control.DeliveryFailure;

/**
 * The outbox inside Payara against PostgreSQL (D19): written with the decision or not at all,
 * delivered exactly once by dispatchers that overlap or die half-way, and printed in batches.
 * The application's own dispatcher runs beside these tests all the time, as it would in production.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @PersistenceContext(unitName = "complaints")
    EntityManager entityManager;

    @Inject
    UserTransaction transaction;

    @Inject
    TestData testData;

    @Inject
    IntakeService intake;

    @Inject
    CaseRepository cases;

    @Inject
    Outbox outbox;

    @Inject
    Delivery delivery;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Letters letters;

    @Inject
    PrintExport print;

    @Inject
    Event<DelayLetterRequested> delayRequested;

    @Inject
    Event<DeadlineScanStarted> scanStarted;

    @Inject
    Event<DeadlineScanFinished> scanFinished;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aDecisionThatIsRolledBackQueuesNoLetter() throws Exception {
        Claim claim = testData.claim();
        transaction.begin();
        intake.receive(complaint(claim, "Ingen ringde tillbaka."));
        assertThat(count("select count(*) from notification where debtor_id = ?1", claim.debtor().id()))
                .as("queued inside the transaction").isEqualTo(1);
        transaction.rollback();

        Claim other = testData.claim();
        transaction.begin();
        intake.receive(complaint(other, "Ingen ringde tillbaka."));
        transaction.commit();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where debtor_id = ?1",
                other.debtor().id()) == 1);
        assertThat(count("select count(*) from notification where debtor_id = ?1", claim.debtor().id())).isZero();
        assertThat(count("select count(*) from letter where debtor_id = ?1", claim.debtor().id())).isZero();
    }

    @Test
    void aDispatcherKilledMidBatchLosesNothingAndSendsNothingTwice() throws Exception {
        String killed = UUID.randomUUID().toString();
        List<Long> debtors = new ArrayList<>();
        transaction.begin();
        for (int i = 0; i < 6; i++) {
            Claim claim = testData.claim();
            debtors.add(claim.debtor().id());
            intake.receive(complaint(claim, "Klagomål nummer " + i));
        }
        // The batch the dying dispatcher had claimed, in the same transaction, before anyone else could
        entityManager.createNativeQuery("update notification set claim_token = ?1, attempts = 1,"
                + " next_attempt_at = current_timestamp + interval '4 seconds' where debtor_id in (?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, killed).setParameter(2, debtors.get(0)).setParameter(3, debtors.get(1))
                .setParameter(4, debtors.get(2)).setParameter(5, debtors.get(3)).setParameter(6, debtors.get(4))
                .setParameter(7, debtors.get(5)).executeUpdate();
        transaction.commit();
        List<Long> ids = notificationsOf(debtors);
        for (long id : ids.subList(0, 3)) {
            delivery.deliver(id, killed);
        }
        // ... and there it died: three delivered, three claimed and never finished.

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from notification where id in"
                + " (?1, ?2, ?3, ?4, ?5, ?6) and status = 'SENT'", ids.toArray()) == 6);
        assertThat(count("select count(*) from letter where notification_id in (?1, ?2, ?3, ?4, ?5, ?6)",
                ids.toArray())).isEqualTo(6);
        assertThat(count("select count(distinct notification_id) from letter where notification_id in"
                + " (?1, ?2, ?3, ?4, ?5, ?6)", ids.toArray())).isEqualTo(6);
        assertThat(count("select count(*) from portal_message where debtor_id in (?1, ?2, ?3, ?4, ?5, ?6)",
                debtors.toArray())).isEqualTo(6);
        assertThat(count("select count(*) from notification where id in (?1, ?2, ?3) and attempts = 1",
                ids.subList(0, 3).toArray())).as("finished before the crash, never again").isEqualTo(3);
        assertThat(count("select count(*) from notification where id in (?1, ?2, ?3) and attempts = 2",
                ids.subList(3, 6).toArray())).as("taken over once the lease ran out").isEqualTo(3);
        assertThatThrownBy(() -> delivery.deliver(ids.get(5), killed)).as("the dead dispatcher's claim is void")
                .isInstanceOf(DeliveryFailure.class);
        assertThat(count("select count(*) from letter where notification_id = ?1", ids.get(5))).isEqualTo(1);
    }

    @Test
    void twoDispatchersAtOnceDeliverEachLetterOnce() throws Exception {
        Claim claim = testData.claim();
        Case complaint = filed(claim, "Många brev");
        String run = UUID.randomUUID().toString();
        transaction.begin();
        for (int i = 0; i < 40; i++) {
            outbox.letter("load:" + run + ":" + i, LetterKind.COMPLAINT_ACKNOWLEDGEMENT, complaint.id(),
                    claim.debtor().id(), Language.SV, Map.of());
        }
        transaction.commit();
        Future<Integer> first = executor.submit(dispatcher::dispatch);
        Future<Integer> second = executor.submit(dispatcher::dispatch);
        int byTheseTwo = first.get() + second.get();

        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from notification where"
                + " debtor_id = ?1 and status = 'SENT'", claim.debtor().id()) == 41);
        assertThat(byTheseTwo).as("the application's own dispatcher may have taken some").isBetween(0, 41);
        assertThat(count("select count(*) from letter where debtor_id = ?1", claim.debtor().id())).isEqualTo(41);
        assertThat(count("select count(distinct notification_id) from letter where debtor_id = ?1",
                claim.debtor().id())).isEqualTo(41);
        assertThat(count("select count(*) from portal_message where debtor_id = ?1", claim.debtor().id()))
                .isEqualTo(41);
    }

    @Test
    void aDelayLetterGivesTheReasonAndTheNewDate() throws Exception {
        Claim claim = testData.claim();
        Case complaint = filed(claim, "Varför tar det så lång tid?");
        transaction.begin();
        delayRequested.fire(new DelayLetterRequested(complaint.id(), complaint.reference().value(),
                LocalDate.of(2026, 12, 16), LocalDate.of(2027, 1, 12), "Vi väntar på underlag från banken.",
                complaint.debtorId(), complaint.language()));
        transaction.commit();

        LetterInfo delay = await().atMost(Duration.ofSeconds(30)).until(() -> letters.ofCase(complaint.id()).stream()
                .filter(letter -> letter.kind().equals("DELAY")).findFirst().orElse(null), java.util.Objects::nonNull);
        String text = text(letters.pdf(delay.id()).orElseThrow());
        assertThat(text).as("D12").contains("16 december 2026", "12 januari 2027", "Vi väntar på underlag från banken.",
                complaint.reference().value());
    }

    @Test
    void lettersWaitWhileTheDeadlineScanRunsAndGoOutWhenItEnds() throws Exception {
        LocalDate today = LocalDate.now(BusinessCalendar.ZONE);
        scanStarted.fire(new DeadlineScanStarted(today));
        Case complaint;
        try {
            complaint = filed(testData.claim(), "Medan fristerna gås igenom");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> letters.ofCase(complaint.id()).isEmpty());
        } finally {
            scanFinished.fire(new DeadlineScanFinished(today, 0));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !letters.ofCase(complaint.id()).isEmpty());
    }

    @Test
    void thePrintBatchHoldsEachPostalLetterOnceAsOnePdfAndAManifest() throws Exception {
        Claim claim = testData.claim();
        Case complaint = filed(claim, "Brev på posten");
        LetterInfo acknowledgement = await().atMost(Duration.ofSeconds(30))
                .until(() -> letters.ofCase(complaint.id()).stream().findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(acknowledgement.postal()).isTrue();

        PrintBatchInfo batch = print.create("it").orElseThrow();
        List<LetterInfo> printed = print.letters(batch.id());
        assertThat(printed).extracting(LetterInfo::id).contains(acknowledgement.id());
        assertThat(batch.letters()).isEqualTo(printed.size());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        print.writePdf(batch.id(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(printed.stream().mapToInt(LetterInfo::pages).sum());
        }
        StringWriter manifest = new StringWriter();
        print.writeManifest(batch.id(), manifest);
        assertThat(manifest.toString().lines()).hasSize(printed.size() + 1)
                .anySatisfy(line -> assertThat(line).contains(complaint.reference().value(), "COMPLAINT_ACKNOWLEDGEMENT"));
        Set<Long> again = print.create("it").map(next -> Set.copyOf(print.letters(next.id()).stream()
                .map(LetterInfo::id).toList())).orElse(Set.of());
        assertThat(again).as("a letter is printed once").doesNotContain(acknowledgement.id());
    }

    /** A complaint filed and committed, as the portal files it. */
    private Case filed(Claim claim, String description) throws Exception {
        transaction.begin();
        intake.receive(complaint(claim, description));
        transaction.commit();
        return cases.findOpen(claim.id(), CaseType.COMPLAINT).get(0);
    }

    private static ContactSubmission complaint(Claim claim, String description) {
        return new ContactSubmission(Channel.PORTAL, claim.debtor().id(), claim.reference(), Set.of(CaseType.COMPLAINT),
                ComplaintCategory.SERVICE, null, null, description, null, Language.SV, "debtor", null, null, null);
    }

    private List<Long> notificationsOf(List<Long> debtors) {
        List<Long> ids = new ArrayList<>();
        for (long debtor : debtors) {
            ids.add(((Number) entityManager.createNativeQuery("select id from notification where debtor_id = ?1")
                    .setParameter(1, debtor).getSingleResult()).longValue());
        }
        return ids;
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        }
    }
}
