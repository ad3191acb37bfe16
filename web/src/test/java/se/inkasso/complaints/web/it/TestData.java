package se.inkasso.complaints.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.OcrReference;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.Creditor;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.PostalAddress;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.domain.repository.CreditorRepository;
import se.inkasso.complaints.domain.repository.DebtorRepository;

/**
 * Fresh, unique records for each test, so tests share one PostgreSQL database across runs without
 * seeing each other's data.
 */
@ApplicationScoped
public class TestData {

    @Inject
    CreditorRepository creditors;

    @Inject
    DebtorRepository debtors;

    @Inject
    ClaimRepository claims;

    /** A new debtor with one claim of 1 000 kr principal, 50 kr interest and 180 kr fees. */
    @Transactional
    public Claim claim() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Debtor debtor = debtors.add(new Debtor(
                Personnummer.of(LocalDate.of(1930, 1, 1).plusDays(random.nextInt(25_000)), random.nextInt(1000)),
                "Test Testsson", new PostalAddress("Testgatan 1", "111 22", "Stockholm"), Language.SV));
        return claimFor(debtor);
    }

    /** How long ago the test claims came to the agency: calls about them may be dated back this far, no further. */
    static final int REGISTERED_DAYS_AGO = 70;

    /** Another claim of the same size for a debtor, from a new creditor. */
    @Transactional
    public Claim claimFor(Debtor debtor) {
        String unique = unique();
        return claimFor(debtor, creditors.add(new Creditor("Testborgenär AB", "T" + unique.substring(2))));
    }

    /** Another claim of the same size for a debtor from a given creditor. */
    @Transactional
    public Claim claimFor(Debtor debtor, Creditor creditor) {
        String unique = unique();
        return claims.add(new Claim("T-" + unique, creditor, debtor, Money.sek("1000"), Money.sek("50"),
                Money.sek("180"), OcrReference.withLengthDigit(unique), LocalDate.of(2026, 12, 31),
                LocalDate.now(BusinessCalendar.ZONE).minusDays(REGISTERED_DAYS_AGO)));
    }

    private static String unique() {
        return String.format("%012d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000_000L));
    }
}
