package se.inkasso.complaints.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.identity.CaseReference;
import se.inkasso.complaints.domain.model.CaseStatus;
import se.inkasso.complaints.domain.model.CaseType;
import se.inkasso.complaints.domain.model.Channel;
import se.inkasso.complaints.domain.model.ComplaintCategory;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.domain.model.ObjectionGrounds;
import se.inkasso.complaints.domain.model.ObjectionOutcome;

/**
 * Each generated case with what the application keeps beside it: the contact it came from, its
 * timeline, the collection hold of an objection (D6), the final response, the letters with their
 * outbox rows and portal messages (their PDFs are not generated), and reviews.
 */
final class CaseFiles {

    /** The tables a case's rows go to, parents first. */
    record Tables(Rows contacts, Rows cases, Rows timeline, Rows holds, Rows responses, Rows notifications,
            Rows letters, Rows messages, Rows reviews) {
    }

    private static final String[] ROOT_CAUSES = {"INSUFFICIENT_INFORMATION", "STAFF_CONDUCT", "PROCESS_ERROR",
        "SYSTEM_ERROR", "CREDITOR_ERROR", "PAYMENT_NOT_REGISTERED", "RULE_NOT_FOLLOWED", "NO_FAULT_FOUND"};
    private static final String[] WORDS = {"Jag har redan betalat fakturan i mars.",
        "Ingen svarade när jag ringde flera gånger.", "Beloppet stämmer inte med avtalet.",
        "Avgiften för påminnelsen är för hög.", "Handläggaren var otrevlig i telefon.",
        "I paid this invoice already, see my receipt.", "Jag har aldrig haft något avtal med företaget."};

    private final AgencyData agency;
    private final SplittableRandom random;
    private final Tables tables;
    private final BusinessCalendar calendar = new BusinessCalendar();
    private long letterId;

    CaseFiles(AgencyData agency, Tables tables) {
        this.agency = agency;
        this.random = agency.random();
        this.tables = tables;
    }

    void writeAll() {
        for (CasePlan plan : agency.cases()) {
            write(plan);
        }
    }

    private void write(CasePlan plan) {
        int debtor = agency.debtorOf(plan.claim());
        String language = agency.isEnglish(debtor) ? "EN" : "SV";
        String handler = plan.isAcknowledged() && plan.status() != CaseStatus.RESOLVED_ON_CONTACT
                ? agency.agent(random.nextInt(Math.max(1, agencyAgents()))) : null;
        boolean objection = plan.type() == CaseType.OBJECTION;
        String contact = new UUID(random.nextLong(), random.nextLong()).toString();
        String caller = plan.channel() == Channel.PHONE ? agency.agent(random.nextInt(agencyAgents())) : "debtor";
        tables.contacts().row(contact, plan.channel().name(), debtor + 1L, caller, null,
                HexFormat.of().formatHex(longBytes(random.nextLong(), random.nextLong(), random.nextLong(),
                        random.nextLong())), plan.receivedAt());

        BigDecimal disputed = objection && random.nextInt(100) < 40
                ? BigDecimal.valueOf(1 + random.nextInt(agency.principalOf(plan.claim()))).setScale(2) : null;
        boolean assessed = objection && plan.isAcknowledged() && plan.status() != CaseStatus.ACKNOWLEDGED;
        Boolean substantive = assessed ? random.nextInt(100) < 70 : null;
        String outcome = objection && plan.isAnswered()
                ? ObjectionOutcome.values()[random.nextInt(ObjectionOutcome.values().length)].name() : null;
        boolean closed = plan.status() == CaseStatus.CLOSED;
        boolean corrective = closed && random.nextInt(100) < 15;
        tables.cases().row(plan.id(), CaseReference.of(plan.type(),
                plan.receivedAt().atZone(BusinessCalendar.ZONE).getYear(), plan.id()).value(),
                plan.type().name(), plan.channel().name(), plan.status().name(), debtor + 1L, plan.claim() + 1L,
                objection ? null : ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)].name(),
                objection ? ObjectionGrounds.values()[random.nextInt(ObjectionGrounds.values().length)].name() : null,
                disputed, WORDS[random.nextInt(WORDS.length)], random.nextBoolean() ? "Att avgiften tas bort." : null,
                language, plan.receivedAt(), plan.acknowledgementDue(), plan.responseDue(), plan.ceiling(), "2026-1",
                plan.type().name() + "-" + language, handler, null,
                closed ? ROOT_CAUSES[random.nextInt(ROOT_CAUSES.length)] : null,
                corrective ? "Rutinen för registrering av betalningar ses över." : null, plan.closedAt(), 1,
                contact, agency.creditorOf(plan.claim()) + 1L, substantive,
                substantive == null ? null : substantive ? "Gäldenären ifrågasätter fordran." : "Inga nya uppgifter.",
                plan.status() == CaseStatus.AWAITING_CREDITOR ? calendar.plusBusinessDays(plan.receivedAt(), 12) : null,
                outcome, outcome == null ? null : "Uppdragsgivaren har svarat.",
                corrective ? "teamlead" : null, corrective ? plan.responseDue().plusWeeks(4) : null,
                corrective ? random.nextBoolean() : null, plan.isOpen());
        timeline(plan, handler, caller, disputed);
        letters(plan, debtor, language);
        if (plan.status() == CaseStatus.ESCALATED || closed && random.nextInt(100) < 5) {
            review(plan, closed);
        }
    }

    private void timeline(CasePlan plan, String handler, String caller, BigDecimal disputed) {
        Rows timeline = tables.timeline();
        Instant at = plan.receivedAt();
        timeline.row(plan.id(), at, caller, "case.received", null, true);
        if (plan.status() == CaseStatus.RECEIVED) {
            return;
        }
        at = at.plusSeconds(1);
        timeline.row(plan.id(), at, "system", "case.registered", null, true);
        if (plan.type() == CaseType.OBJECTION && plan.status() != CaseStatus.RESOLVED_ON_CONTACT) {
            timeline.row(plan.id(), at, "system", "hold.placed", null, true);
            tables.holds().row(plan.claim() + 1L, plan.id(), disputed, at, plan.holdEndedAt(),
                    plan.holdsCollection() ? null : "Invändningen är avgjord.");
        }
        if (plan.status() == CaseStatus.RESOLVED_ON_CONTACT) {
            timeline.row(plan.id(), at, caller, "case.resolved-on-contact", null, true);
            return;
        }
        if (handler == null) {
            return;
        }
        at = at.plus(Duration.ofMinutes(30 + random.nextInt(600)));
        timeline.row(plan.id(), at, "teamlead", "case.assigned", handler, false);
        if (plan.type() == CaseType.OBJECTION && plan.status() != CaseStatus.ACKNOWLEDGED) {
            timeline.row(plan.id(), at.plusSeconds(3600), handler, "objection.substantive", null, true);
        }
        if (plan.isAnswered()) {
            Instant sent = plan.answeredAt();
            timeline.row(plan.id(), sent.minusSeconds(600), handler, "response.drafted", null, false);
            timeline.row(plan.id(), sent, handler, "response.sent", null, true);
            tables.responses().row(plan.id(), Decision.values()[random.nextInt(Decision.values().length)].name(),
                    "Vi har gått igenom ärendet.", "Ingen gottgörelse.", agency.isEnglish(agency.debtorOf(plan.claim()))
                            ? "EN" : "SV", true, true, handler, sent.minusSeconds(600), handler, sent, 1,
                    random.nextInt(100) < 10 ? BigDecimal.valueOf(100 + random.nextInt(900)).setScale(2) : null);
            if (plan.type() == CaseType.OBJECTION) {
                timeline.row(plan.id(), sent, "system", "hold.lifted", null, true);
            }
        }
        if (plan.status() == CaseStatus.CLOSED) {
            timeline.row(plan.id(), plan.closedAt(), handler, "case.closed", null, true);
        }
        if (plan.status() == CaseStatus.WITHDRAWN) {
            timeline.row(plan.id(), plan.closedAt(), "debtor", "case.withdrawn", null, true);
            if (plan.type() == CaseType.OBJECTION) {
                timeline.row(plan.id(), plan.closedAt(), "debtor", "hold.lifted", "DEBTOR_WITHDREW", true);
            }
        }
    }

    /** The acknowledgement and, once answered, the final response: each a letter with its outbox row and message. */
    private void letters(CasePlan plan, int debtor, String language) {
        if (!plan.isAcknowledged() || plan.status() == CaseStatus.RESOLVED_ON_CONTACT) {
            return;
        }
        LetterKind acknowledgement = plan.type() == CaseType.COMPLAINT ? LetterKind.COMPLAINT_ACKNOWLEDGEMENT
                : LetterKind.OBJECTION_ACKNOWLEDGEMENT;
        letter(plan, debtor, language, acknowledgement, plan.receivedAt().plusSeconds(120));
        if (plan.isAnswered()) {
            letter(plan, debtor, language, LetterKind.FINAL_RESPONSE, plan.answeredAt().plusSeconds(60));
        }
    }

    private void letter(CasePlan plan, int debtor, String language, LetterKind kind, Instant at) {
        long id = ++letterId;
        tables.notifications().row(id, "case-" + plan.id() + "-" + kind.name(), "LETTER", kind.name(), plan.id(),
                debtor + 1L, language, null, "SENT", 1, at, null, null, at, at, 1);
        String title = kind == LetterKind.FINAL_RESPONSE ? "Svar på ditt ärende" : "Vi har tagit emot ditt ärende";
        tables.letters().row(id, id, plan.id(), debtor + 1L, kind.name(), language, title, 1 + random.nextInt(2),
                15_000 + random.nextInt(10_000), random.nextInt(100) < 60, at, null);
        tables.messages().row(debtor + 1L, plan.id(), id, title, "Du har ett nytt brev i Mina sidor.", at,
                random.nextInt(100) < 70 ? at.plus(Duration.ofHours(1 + random.nextInt(72))) : null);
    }

    private void review(CasePlan plan, boolean decided) {
        Instant requested = plan.answeredAt().plus(Duration.ofHours(20));
        tables.reviews().row(plan.id(), requested, "debtor", "PORTAL",
                "Jag är inte nöjd med svaret.", calendar.plusBusinessDays(requested, 10),
                decided ? "UPHELD" : null, decided ? "Beslutet står fast." : null, null, null,
                decided ? "officer" : null, decided ? requested.plus(Duration.ofDays(5)) : null, 1);
    }

    private int agencyAgents() {
        return agency.agentCount();
    }

    private static byte[] longBytes(long... values) {
        byte[] bytes = new byte[values.length * 8];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (values[i / 8] >>> (8 * (i % 8)));
        }
        return bytes;
    }
}
