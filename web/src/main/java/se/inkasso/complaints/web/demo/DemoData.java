package se.inkasso.complaints.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.inkasso.complaints.casework.boundary.Assignment;
import se.inkasso.complaints.casework.boundary.CaseHeading;
import se.inkasso.complaints.casework.boundary.CaseQueue;
import se.inkasso.complaints.casework.boundary.Closure;
import se.inkasso.complaints.casework.boundary.ObjectionHandling;
import se.inkasso.complaints.casework.boundary.Responses;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.identity.OcrReference;
import se.inkasso.complaints.domain.identity.Personnummer;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.CorrectiveAction;
import se.inkasso.complaints.domain.model.Creditor;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.PortalCredential;
import se.inkasso.complaints.domain.model.PostalAddress;
import se.inkasso.complaints.domain.model.Role;
import se.inkasso.complaints.domain.model.StaffMember;
import se.inkasso.complaints.domain.money.Money;
import se.inkasso.complaints.domain.persistence.Database;
import se.inkasso.complaints.domain.repository.ClaimRepository;
import se.inkasso.complaints.domain.repository.CreditorRepository;
import se.inkasso.complaints.domain.repository.DebtorRepository;
import se.inkasso.complaints.domain.repository.StaffRepository;
import se.inkasso.complaints.intake.boundary.ContactSubmission;
import se.inkasso.complaints.intake.boundary.IntakeService;

/**
 * Fills an empty embedded database with a small agency: 5 creditors, 50 debtors, 300 claims and
 * cases in varied states, all from a fixed seed so the README's demo logins stay true. Cases are
 * filed through intake like real contacts, so they carry references, clocks and holds, and taken,
 * answered and closed through casework, so they carry their letters and timelines.
 */
@ApplicationScoped
public class DemoData {

    /** The password of every demo login; listed in the README. */
    public static final String DEMO_PASSWORD = "Demo123!";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final int DEBTORS = 50;
    private static final int CLAIMS_PER_DEBTOR = 6;
    private static final int CASES = 60;
    private static final long SEED = 20261125L;

    private static final List<String> FIRST_NAMES = List.of("Sara", "Johan", "Maria", "Ahmed", "Elin", "Mikael",
            "Fatima", "Anders", "Karin", "Oskar", "Lena", "Nils", "Amira", "Per", "Ingrid", "Jonas", "Aino", "Erik");
    private static final List<String> LAST_NAMES = List.of("Lindqvist", "Andersson", "Johansson", "Karlsson",
            "Nilsson", "Hussein", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Virtanen");
    private static final List<String> CITIES = List.of("Stockholm:111 22", "Göteborg:411 05", "Malmö:211 20",
            "Uppsala:753 20", "Umeå:903 26", "Luleå:972 31", "Västerås:722 11", "Örebro:702 10");
    private static final List<String> STREETS = List.of("Storgatan", "Kungsgatan", "Drottninggatan", "Skolvägen",
            "Björkvägen", "Parkgatan", "Ringvägen");

    @Inject
    Database database;

    @Inject
    @ConfigProperty(name = "complaints.demo-data", defaultValue = "auto")
    String demoDataSetting;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    CreditorRepository creditors;

    @Inject
    DebtorRepository debtors;

    @Inject
    ClaimRepository claims;

    @Inject
    CaseQueue cases;

    @Inject
    StaffRepository staff;

    @Inject
    IntakeService intake;

    @Inject
    Assignment assignment;

    @Inject
    Responses responses;

    @Inject
    Closure closure;

    @Inject
    ObjectionHandling objections;

    Clock clock = Clock.systemUTC();

    /**
     * {@code complaints.demo-data}: {@code auto} (default) loads only into the embedded H2 database,
     * {@code true} into any database, {@code false} never; and only while the database has no creditors.
     */
    @Transactional
    public void loadIfWanted() {
        if (!wanted() || creditors.count() > 0) {
            return;
        }
        Random random = new Random(SEED);
        addStaff();
        List<Creditor> clients = addCreditors();
        List<Claim> allClaims = addDebtorsAndClaims(random, clients);
        addCases(random, allClaims);
        LOG.info(() -> "Demo data loaded: " + creditors.count() + " creditors, " + debtors.count() + " debtors, "
                + claims.count() + " claims, " + cases.countAll() + " cases");
    }

    private boolean wanted() {
        return switch (demoDataSetting.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> database.isEmbedded();
        };
    }

    private void addStaff() {
        String hash = passwordHash.generate(DEMO_PASSWORD.toCharArray());
        staff.add(new StaffMember("agent", "Anna Agent", hash, EnumSet.of(Role.AGENT), EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("agent2", "Erik Ek", hash, EnumSet.of(Role.AGENT), EnumSet.of(Language.SV)));
        staff.add(new StaffMember("officer", "Karin Klagomålsansvarig", hash, EnumSet.of(Role.COMPLAINTS_OFFICER),
                EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("teamlead", "Lars Lagledare", hash, EnumSet.of(Role.TEAM_LEAD, Role.AGENT),
                EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("admin", "Alva Admin", hash, EnumSet.of(Role.ADMIN), EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("ops", "Olle Drift", hash, EnumSet.of(Role.OPERATIONS), EnumSet.allOf(Language.class)));
    }

    private List<Creditor> addCreditors() {
        return List.of(
                creditors.add(new Creditor("Norrsken Energi AB", "556677-8899")),
                creditors.add(new Creditor("Fjällmobil AB", "556123-4567")),
                creditors.add(new Creditor("Kvarnby Hyresbostäder AB", "556234-5678")),
                creditors.add(new Creditor("Sydkusten Finans AB", "556345-6789")),
                creditors.add(new Creditor("Lindgrens Möbler AB", "556456-7890")));
    }

    private List<Claim> addDebtorsAndClaims(Random random, List<Creditor> clients) {
        String portalHash = passwordHash.generate(DEMO_PASSWORD.toCharArray());
        List<Claim> added = new java.util.ArrayList<>();
        for (int i = 0; i < DEBTORS; i++) {
            Debtor debtor = debtors.add(newDebtor(random, i));
            if (i < 3) {
                staff.addPortalCredential(new PortalCredential(debtor, portalHash));
            }
            for (int c = 0; c < CLAIMS_PER_DEBTOR; c++) {
                int serial = i * CLAIMS_PER_DEBTOR + c + 1;
                Money principal = Money.sek(String.valueOf(200 + random.nextInt(25_000)));
                Claim claim = claims.add(new Claim(String.format("F-%07d", 1_000_000 + serial),
                        clients.get(random.nextInt(clients.size())), debtor, principal,
                        Money.sek(String.valueOf(random.nextInt(900))), Money.sek(i % 4 == 0 ? "0" : "180"),
                        OcrReference.withLengthDigit(String.valueOf(7_000_000 + serial)),
                        LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)),
                        LocalDate.now(clock).minusDays(100 + serial % 200)));
                added.add(claim);
            }
        }
        return added;
    }

    /** The first three debtors are fixed so that the README can list their logins. */
    private static Debtor newDebtor(Random random, int index) {
        String[] city = CITIES.get(random.nextInt(CITIES.size())).split(":");
        String street = STREETS.get(random.nextInt(STREETS.size())) + " " + (1 + random.nextInt(60));
        PostalAddress address = new PostalAddress(street, city[1], city[0]);
        return switch (index) {
            case 0 -> new Debtor(Personnummer.of(LocalDate.of(1985, 3, 12), 123), "Sara Lindqvist", address, Language.SV);
            case 1 -> new Debtor(Personnummer.of(LocalDate.of(1972, 11, 30), 456), "Johan Berg", address, Language.SV);
            case 2 -> new Debtor(Personnummer.of(LocalDate.of(1990, 6, 2), 789), "Amira Hussein", address, Language.EN);
            default -> new Debtor(
                    Personnummer.of(LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            100 + index),
                    FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                            + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())),
                    address, random.nextInt(5) == 0 ? Language.EN : Language.SV);
        };
    }

    /** Cases received over the last 70 days, so that some are fresh, some due soon and some overdue. */
    private void addCases(Random random, List<Claim> allClaims) {
        Instant now = clock.instant();
        List<String> handlers = List.of("agent", "agent2", "teamlead");
        for (int i = 0; i < CASES; i++) {
            Claim claim = allClaims.get(i * 5 % allClaims.size());
            boolean objection = i % 3 == 0;
            Instant receivedAt = now.minus(Duration.ofHours(1 + random.nextInt(70 * 24)));
            CaseType type = objection ? CaseType.OBJECTION : CaseType.COMPLAINT;
            Channel channel = i % 2 == 0 ? Channel.PORTAL : Channel.PHONE;
            boolean resolvedOnContact = !objection && i % 10 == 1;
            intake.receive(new ContactSubmission(channel, claim.debtor().id(), claim.reference(), Set.of(type),
                    objection ? null : ComplaintCategory.values()[i % ComplaintCategory.values().length],
                    objection ? ObjectionGrounds.values()[i % ObjectionGrounds.values().length] : null, null,
                    DemoTexts.description(objection, i), DemoTexts.remedy(objection, i), claim.debtor().language(),
                    channel == Channel.PHONE ? "agent" : "debtor:" + claim.debtor().id(),
                    resolvedOnContact ? DemoTexts.RESOLUTION_NOTE : null, null, receivedAt));
            if (!resolvedOnContact) {
                progress(cases.oldestOpen(claim.id(), type).orElseThrow(), i, handlers);
            }
        }
    }

    /** Some cases taken, some answered and closed, through casework as a handler would. */
    private void progress(CaseHeading handled, int i, List<String> handlers) {
        if (i % 5 == 0) {
            return; // left unassigned in the queue
        }
        String handler = handlers.get(i % handlers.size());
        if (!staff.findByUsername(handler).orElseThrow().languages().contains(handled.language())) {
            handler = "agent";
        }
        CaseReference reference = handled.reference();
        assignment.assign(reference, handler, "teamlead", null);
        if (i % 5 == 4) {
            if (handled.type() == CaseType.OBJECTION) {
                // answered by the assessment (D7), which lifts the hold
                objections.assess(reference, false, DemoTexts.assessmentReason(handled.language()), handler, null);
            } else {
                responses.draftAndSend(reference, Decision.PARTIALLY_UPHELD,
                        DemoTexts.responseReasons(handled.language()), DemoTexts.responseRedress(handled.language()),
                        null, handled.language(), true, true, handler, null);
            }
            closure.close(reference, "INSUFFICIENT_INFORMATION", new CorrectiveAction(DemoTexts.CORRECTIVE_ACTION,
                    "teamlead", LocalDate.now(BusinessCalendar.ZONE).plusWeeks(4), false), handler, null);
        }
    }
}
