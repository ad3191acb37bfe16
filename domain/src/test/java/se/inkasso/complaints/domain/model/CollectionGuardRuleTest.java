package se.inkasso.complaints.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.domain.DomainException;
import se.inkasso.complaints.domain.identity.OcrReference;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.money.Money;

/** D6, D8: which collection actions a claim allows under holds, dispute and closure. */
class CollectionGuardRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final long OBJECTION = 7L;

    /** Balance 1 230 kr: principal 1 000, interest 50, fees 180. */
    private static Claim claim() {
        Debtor debtor = new Debtor(Personnummer.of(LocalDate.of(1985, 3, 12), 123), "Sara Lindqvist",
                new PostalAddress("Storgatan 1", "111 22", "Stockholm"), Language.SV);
        return new Claim("F-1", new Creditor("Borgenär AB", "556677-8899"), debtor, Money.sek("1000"),
                Money.sek("50"), Money.sek("180"), OcrReference.withLengthDigit("1000001"), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 10, 1));
    }

    @ParameterizedTest
    @EnumSource(CollectionAction.class)
    void anActiveClaimAllowsEveryAction(CollectionAction action) {
        assertThat(claim().mayTake(action, null).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CollectionAction.class)
    void aHoldOnTheWholeClaimRefusesEveryActionNamingTheObjection(CollectionAction action) {
        Claim claim = claim();
        claim.placeHold(OBJECTION, null, NOW);
        CollectionDecision decision = claim.mayTake(action, Money.sek("10"));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.holdingCase()).contains(OBJECTION);
        assertThat(claim.collectionStatus()).isEqualTo(CollectionStatus.ON_HOLD);
    }

    @Test
    void aHoldOnADisputedPartAllowsDemandsForTheUndisputedRestOnly() {
        Claim claim = claim();
        claim.placeHold(OBJECTION, Money.sek("300"), NOW);
        assertThat(claim.mayTake(CollectionAction.REMINDER, Money.sek("930")).allowed()).isTrue();
        assertThat(claim.mayTake(CollectionAction.PAYMENT_DEMAND, Money.sek("930.01")).allowed()).isFalse();
        assertThat(claim.mayTake(CollectionAction.PAYMENT_DEMAND, null).allowed()).as("amount unknown").isFalse();
        assertThat(claim.mayTake(CollectionAction.FEE, Money.sek("60")).allowed()).as("no new fees (D6)").isFalse();
        assertThat(claim.mayTake(CollectionAction.PAYMENT_ORDER_APPLICATION, Money.sek("100")).allowed()).isFalse();
    }

    @Test
    void liftingTheHoldMakesTheClaimCollectableAgain() {
        Claim claim = claim();
        claim.placeHold(OBJECTION, null, NOW);
        claim.liftHolds(OBJECTION, "not substantive", NOW);
        assertThat(claim.collectionStatus()).isEqualTo(CollectionStatus.ACTIVE);
        assertThat(claim.mayTake(CollectionAction.PAYMENT_DEMAND, null).allowed()).isTrue();
        assertThat(claim.holds()).singleElement().satisfies(hold -> {
            assertThat(hold.isActive()).isFalse();
            assertThat(hold.liftReason()).contains("not substantive");
        });
    }

    @Test
    void aDisputedClaimNeverGoesToAPaymentOrder() {
        Claim claim = claim();
        claim.placeHold(OBJECTION, null, NOW);
        claim.markDisputed();
        claim.liftHolds(OBJECTION, "test", NOW);
        claim.markDisputed();
        assertThat(claim.mayTake(CollectionAction.PAYMENT_ORDER_APPLICATION, null).reasonKey())
                .isEqualTo("collection.disputed-court");
    }

    @Test
    void partialKeepsOnlyTheDisputedPartOnHold() {
        Claim claim = claim();
        claim.placeHold(OBJECTION, null, NOW);
        claim.keepOnHoldOnly(OBJECTION, Money.sek("200"), "PARTIAL", NOW);
        assertThat(claim.activeHolds()).singleElement()
                .satisfies(hold -> assertThat(hold.amount()).contains(Money.sek("200")));
        assertThat(claim.mayTake(CollectionAction.PAYMENT_DEMAND, Money.sek("1030")).allowed()).isTrue();
        assertThat(claim.mayTake(CollectionAction.PAYMENT_DEMAND, Money.sek("1031")).allowed()).isFalse();
    }

    @Test
    void withdrawnClaimsAreNotCollected() {
        Claim claim = claim();
        claim.close();
        assertThat(claim.mayTake(CollectionAction.REMINDER, null).reasonKey()).isEqualTo("collection.closed");
    }

    @Test
    void anAdjustmentCorrectsThePrincipalAndRefundsFees() {
        Claim claim = claim();
        claim.adjust(Money.sek("800"), true);
        assertThat(claim.balance()).isEqualTo(Money.sek("850"));
        assertThatThrownBy(() -> claim.adjust(Money.sek("900"), false)).isInstanceOf(DomainException.class)
                .hasMessageContaining("between 0 and the present principal 800.00");
    }
}
