package se.inkasso.complaints.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.OcrReference;
import se.inkasso.complaints.domain.identity.Personnummer;

/**
 * The people and claims of a generated agency: creditors, staff with their roles, debtors with
 * portal logins, and claims itemised with their collection state (held or disputed where an
 * objection stands, D6). Everything comes from one seeded random in a fixed order, so the same
 * seed and day give the same rows.
 */
final class AgencyData {

    /** Every generated login (staff username, or debtor personnummer) has this password. */
    static final String PASSWORD = "Bench123!";

    private static final String[] FIRST = {"Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Per", "Eva",
        "Ali", "Fatima", "Mikael", "Lena", "Ahmed", "Ingrid", "Oskar", "Elin", "Hassan", "Sofia", "Nils"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
        "Olsson", "Persson", "Svensson", "Gustafsson", "Hussein", "Lindqvist", "Berg", "Ek", "Holm", "Lind"};
    private static final String[] CITIES = {"Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro",
        "Linköping", "Umeå", "Luleå", "Kiruna"};

    private final Size size;
    private final SplittableRandom random;
    private final Instant now;
    private final String passwordHash;
    private final int[] claimDebtor;
    private final int[] claimCreditor;
    private final int[] claimPrincipal;
    private final boolean[] debtorEnglish;
    private final List<CasePlan> cases;

    AgencyData(Size size, long seed, Instant now) {
        this.size = size;
        this.random = new SplittableRandom(seed);
        this.now = now;
        this.passwordHash = PasswordHash.of(PASSWORD, random);
        this.claimDebtor = new int[size.claims()];
        this.claimCreditor = new int[size.claims()];
        this.claimPrincipal = new int[size.claims()];
        this.debtorEnglish = new boolean[size.debtors()];
        for (int i = 0; i < size.debtors(); i++) {
            debtorEnglish[i] = random.nextInt(100) < 8;
        }
        for (int i = 0; i < size.claims(); i++) {
            // every debtor owes at least one claim; the rest spread at random
            claimDebtor[i] = i < size.debtors() ? i : random.nextInt(size.debtors());
            claimCreditor[i] = skewed(size.creditors());
            claimPrincipal[i] = 300 + random.nextInt(random.nextInt(100) < 90 ? 20_000 : 250_000);
        }
        BusinessCalendar calendar = new BusinessCalendar();
        this.cases = new ArrayList<>(size.cases());
        for (int i = 0; i < size.cases(); i++) {
            cases.add(CasePlan.draw(i + 1L, random.nextInt(size.claims()), random, now, calendar));
        }
    }

    List<CasePlan> cases() {
        return cases;
    }

    SplittableRandom random() {
        return random;
    }

    Instant now() {
        return now;
    }

    String passwordHash() {
        return passwordHash;
    }

    int debtorOf(int claim) {
        return claimDebtor[claim];
    }

    int creditorOf(int claim) {
        return claimCreditor[claim];
    }

    int principalOf(int claim) {
        return claimPrincipal[claim];
    }

    boolean isEnglish(int debtor) {
        return debtorEnglish[debtor];
    }

    int agentCount() {
        return size.agents();
    }

    String agent(int index) {
        return String.format("agent%03d", index + 1);
    }

    /** The agents who work the queues; a few team leads and complaints officers beside them. */
    void writeStaff(Rows staff, Rows roles, Rows languages) {
        for (int i = 0; i < size.agents(); i++) {
            long id = i + 1L;
            staff.row(id, agent(i), FIRST[i % FIRST.length] + " " + LAST[i % LAST.length] + " (agent)", passwordHash,
                    true, 0);
            roles.row(id, "AGENT");
            languages.row(id, "SV");
            if (i % 3 == 0) {
                languages.row(id, "EN");
            }
        }
        String[][] others = {{"teamlead", "TEAM_LEAD"}, {"officer", "COMPLAINTS_OFFICER"}, {"admin", "ADMIN"}};
        for (int i = 0; i < others.length; i++) {
            long id = size.agents() + i + 1L;
            staff.row(id, others[i][0], "Bench " + others[i][0], passwordHash, true, 0);
            roles.row(id, others[i][1]);
            languages.row(id, "SV");
            languages.row(id, "EN");
        }
    }

    void writeCreditors(Rows creditors) {
        for (int i = 0; i < size.creditors(); i++) {
            creditors.row(i + 1L, "Uppdragsgivare " + (i + 1) + " AB", String.format("55%04d-%04d", i / 10_000, i % 10_000), 0);
        }
    }

    void writeDebtors(Rows debtors, Rows credentials) {
        LocalDate first = LocalDate.of(1940, 1, 1);
        int days = 23_000;
        for (int i = 0; i < size.debtors(); i++) {
            // one birth date and birth number per index: unique without a lookup
            Personnummer personnummer = Personnummer.of(first.plusDays(i % days), i / days);
            boolean email = random.nextInt(100) < 40;
            debtors.row(i + 1L, personnummer.digits(), FIRST[random.nextInt(FIRST.length)] + " "
                    + LAST[random.nextInt(LAST.length)], "Storgatan " + (1 + random.nextInt(90)),
                    String.format("%03d %02d", 100 + random.nextInt(880), random.nextInt(100)),
                    CITIES[random.nextInt(CITIES.length)], email ? "galdenar" + (i + 1) + "@example.se" : null, email,
                    debtorEnglish[i] ? "EN" : "SV", 0);
            credentials.row(i + 1L, passwordHash);
        }
    }

    /** The claims, with the collection state their cases leave them in. */
    void writeClaims(Rows claims) {
        byte[] state = new byte[size.claims()];
        for (CasePlan plan : cases) {
            if (plan.holdsCollection()) {
                state[plan.claim()] = 1;
            }
        }
        for (int i = 0; i < size.claims(); i++) {
            BigDecimal principal = BigDecimal.valueOf(claimPrincipal[i]);
            BigDecimal interest = BigDecimal.valueOf(random.nextInt(Math.max(1, claimPrincipal[i] / 8)), 0)
                    .add(BigDecimal.valueOf(random.nextInt(100), 2));
            BigDecimal fees = BigDecimal.valueOf(random.nextInt(100) < 70 ? 240 : 420);
            int paidRoll = random.nextInt(100);
            BigDecimal paid = paidRoll < 70 ? BigDecimal.ZERO
                    : paidRoll < 90 ? principal.divide(BigDecimal.valueOf(2 + random.nextInt(5)), 2,
                            java.math.RoundingMode.DOWN)
                    : principal.add(interest).add(fees);
            String status = state[i] == 1 ? (random.nextBoolean() ? "DISPUTED" : "ON_HOLD")
                    : paidRoll >= 90 ? "CLOSED" : "ACTIVE";
            claims.row(i + 1L, String.format("F-%08d", 20_000_000 + i), claimCreditor[i] + 1L, claimDebtor[i] + 1L,
                    principal.setScale(2), interest, fees.setScale(2), paid.setScale(2),
                    OcrReference.withLengthDigit(String.valueOf(50_000_000L + i)).value(),
                    now.atZone(BusinessCalendar.ZONE).toLocalDate().minusDays(30 + random.nextInt(1500)), status, 0);
        }
    }

    /** A few creditors hold most of the claims, as at a real agency. */
    private int skewed(int count) {
        return random.nextInt(100) < 60 ? random.nextInt(Math.max(1, count / 20)) : random.nextInt(count);
    }
}
