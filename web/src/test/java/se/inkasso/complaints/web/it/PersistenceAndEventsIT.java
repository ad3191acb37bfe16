package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.inkasso.complaints.casework.control.CaseRepository;
import se.inkasso.complaints.casework.entity.Case;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.event.CollectionHoldPlaced;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.CollectionStatus;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.TimelineStep;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.intake.boundary.IntakeService;

/**
 * The foundation inside a real Payara Micro against PostgreSQL: migrations, the mapping, an event
 * fired by intake and observed by casework (and by a third party), and optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceAndEventsIT {

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
    ClaimRepository claims;

    @Inject
    EventRecorder events;

    @Test
    void migrationsRanOnPostgresqlBeforeTheApplicationStarted() {
        List<String> versions = entityManager.createNativeQuery(
                "select version from flyway_schema_history where success order by installed_rank", String.class)
                .getResultList();
        assertThat(versions).contains("1");
        String product = entityManager.unwrap(org.hibernate.Session.class)
                .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName());
        assertThat(product).isEqualTo("PostgreSQL");
    }

    @Test
    void theMappingMatchesTheMigratedSchema() {
        // Hibernate never touches the schema at boot (Flyway owns it); this is where the two are compared
        entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    @Test
    void aComplaintReceivedByIntakeIsRegisteredByCaseworkWithItsClocks() throws Exception {
        Claim claim = testData.claim();
        Instant receivedAt = Instant.parse("2026-04-02T09:00:00Z"); // Maundy Thursday, before Easter

        transaction.begin();
        intake.receive(submission(claim, Channel.PORTAL, CaseType.COMPLAINT, ComplaintCategory.CONDUCT, null, null,
                "Handläggaren var otrevlig.", receivedAt));
        transaction.commit();

        transaction.begin();
        Case registered = cases.findOpen(claim.id(), CaseType.COMPLAINT).get(0);
        assertThat(registered.reference().value()).matches("KL-2026-\\d{6}");
        assertThat(registered.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(registered.receivedAt()).isEqualTo(receivedAt);
        assertThat(registered.policyVersion()).isEqualTo("2026-1");
        // D11/D12/D20: Good Friday and Easter Monday are not business days
        assertThat(registered.deadlines().acknowledgementDue()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(registered.deadlines().responseDue()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(registered.deadlines().responseCeiling()).isEqualTo(LocalDate.of(2026, 5, 28));
        assertThat(registered.timeline()).extracting(entry -> entry.step())
                .containsExactly(TimelineStep.CASE_RECEIVED, TimelineStep.CASE_REGISTERED);
        assertThat(claims.find(claim.id()).orElseThrow().collectionStatus()).isEqualTo(CollectionStatus.ACTIVE);
        transaction.commit();
        assertThat(events.registrations()).filteredOn(event -> event.caseId() == registered.id()).singleElement()
                .satisfies(event -> {
                    assertThat(event.reference()).isEqualTo(registered.reference().value());
                    assertThat(event.deadlines()).isEqualTo(registered.deadlines());
                    assertThat(event.resolvedOnContact()).isFalse();
                });
    }

    @Test
    void anObjectionPutsTheClaimOnHoldInTheSameTransactionAndTellsOtherModules() throws Exception {
        Claim claim = testData.claim();

        transaction.begin();
        intake.receive(submission(claim, Channel.PHONE, CaseType.OBJECTION, null, ObjectionGrounds.ALREADY_PAID,
                Money.sek("400"), "Jag har redan betalat 400 kr.", null));
        transaction.commit();

        transaction.begin();
        Case objection = cases.findOpen(claim.id(), CaseType.OBJECTION).get(0);
        assertThat(objection.reference().value()).startsWith("BE-");
        Claim held = claims.find(claim.id()).orElseThrow();
        assertThat(held.collectionStatus()).isEqualTo(CollectionStatus.ON_HOLD); // D6
        assertThat(held.activeHolds()).singleElement().satisfies(hold -> {
            assertThat(hold.caseId()).isEqualTo(objection.id());
            assertThat(hold.amount()).contains(Money.sek("400"));
        });
        assertThat(objection.timeline()).extracting(entry -> entry.step()).contains(TimelineStep.HOLD_PLACED);
        transaction.commit();
        assertThat(events.holds()).extracting(CollectionHoldPlaced::caseId).contains(objection.id());
    }

    @Test
    void invalidInputChangesNothing() throws Exception {
        Claim claim = testData.claim();
        long casesBefore = cases.count();

        transaction.begin();
        try {
            assertThatThrownBy(() -> intake.receive(submission(claim, Channel.PORTAL, CaseType.OBJECTION, null,
                    ObjectionGrounds.WRONG_AMOUNT, Money.sek("5000"), "Fel belopp", null)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("not more than the claim's balance 1230.00");
        } finally {
            transaction.rollback();
        }

        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(claims.find(claim.id()).orElseThrow().collectionStatus()).isEqualTo(CollectionStatus.ACTIVE);
    }

    @Test
    void aConcurrentChangeIsDetectedNotOverwritten() throws Exception {
        Claim claim = testData.claim();
        Claim staleCopy = claims.find(claim.id()).orElseThrow(); // detached: read in its own transaction

        transaction.begin();
        claims.find(claim.id()).orElseThrow().recordPayment(Money.sek("100"));
        transaction.commit();

        staleCopy.recordPayment(Money.sek("200"));
        transaction.begin();
        try {
            assertThatThrownBy(() -> {
                entityManager.merge(staleCopy);
                entityManager.flush();
            }).isInstanceOf(OptimisticLockException.class);
        } finally {
            transaction.rollback();
        }
        assertThat(claims.find(claim.id()).orElseThrow().paid()).isEqualTo(Money.sek("100"));
    }

    @Test
    void timestampsSurviveTheRoundTripToTheMicrosecond() throws Exception {
        Claim claim = testData.claim();
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        transaction.begin();
        intake.receive(submission(claim, Channel.PHONE, CaseType.COMPLAINT, ComplaintCategory.SERVICE, null, null,
                "Ingen ringde tillbaka.", receivedAt));
        transaction.commit();
        assertThat(cases.findOpen(claim.id(), CaseType.COMPLAINT).get(0).receivedAt()).isEqualTo(receivedAt);
    }

    private static ContactSubmission submission(Claim claim, Channel channel, CaseType type,
            ComplaintCategory category, ObjectionGrounds grounds, Money disputedAmount, String description,
            Instant receivedAt) {
        return new ContactSubmission(channel, claim.debtor().id(), claim.reference(), Set.of(type), category, grounds,
                disputedAmount, description, null, Language.SV, channel == Channel.PHONE ? "agent" : "debtor",
                null, null, receivedAt);
    }
}
