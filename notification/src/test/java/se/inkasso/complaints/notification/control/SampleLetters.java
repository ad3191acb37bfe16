package se.inkasso.complaints.notification.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.domain.text.Formats;

/** The facts of a realistic case for every kind of letter, as the tests and the samples use them. */
final class SampleLetters {

    static final Letterhead LETTERHEAD = new Letterhead("Exempel Inkasso AB", "Kungsgatan 12", "111 43", "Stockholm",
            "08-123 456 00", "kundservice@exempelinkasso.se", "www.exempelinkasso.se", "5050-1055", "Maria Lind",
            "08-123 456 99", "klagomalsansvarig@exempelinkasso.se", "https://minasidor.exempelinkasso.se");

    static final Recipient RECIPIENT = new Recipient("Åsa Öberg-Łukasiewicz", "Storgatan 1 B lgh 1102", "752 36",
            "Uppsala");

    static final LocalDate DATE = LocalDate.of(2026, 11, 25);

    private SampleLetters() {
    }

    static LetterRenderer renderer() {
        return new LetterRenderer(new Templates(java.util.Optional.empty()), LETTERHEAD);
    }

    static Map<String, Object> facts(LetterKind kind, Language language) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("caseReference", kind.name().contains("OBJECTION") ? "BE-2026-000042" : "KL-2026-000042");
        facts.put("claimReference", "F-1000001");
        facts.put("creditor", "Telia Sverige AB");
        facts.put("receivedDate", Formats.date(LocalDate.of(2026, 11, 24), language));
        facts.put("responseDue", Formats.date(LocalDate.of(2026, 12, 15), language));
        facts.put("ceilingDate", Formats.date(LocalDate.of(2027, 1, 19), language));
        switch (kind) {
            case OBJECTION_ACKNOWLEDGEMENT -> facts.put("disputedAmount", Formats.money(new BigDecimal("1250.00"), language));
            case RESOLUTION_ON_CONTACT -> facts.put("resolutionNote", LetterMarkup.literal(
                    "Påminnelseavgiften på 60 kr togs bort under samtalet."));
            case DELAY -> {
                facts.put("missedDue", Formats.date(LocalDate.of(2026, 12, 15), language));
                facts.put("newDue", Formats.date(LocalDate.of(2027, 1, 8), language));
                facts.put("reason", LetterMarkup.literal("Vi väntar på kontoutdrag från uppdragsgivaren."));
            }
            case FINAL_RESPONSE, SHORT_RESOLUTION -> {
                facts.put("decision", "PARTIALLY_UPHELD");
                facts.put("reasons", LetterMarkup.literal("Vi borde ha ringt tillbaka som vi lovade.\n- och vi gjorde det inte."));
                facts.put("redress", LetterMarkup.literal("Vi stryker påminnelseavgiften."));
                facts.put("redressAmount", Formats.money(new BigDecimal("60.00"), language));
            }
            case OBJECTION_ASSESSMENT -> {
                facts.put("substantive", true);
                facts.put("reason", LetterMarkup.literal("Gäldenären uppger att fakturan är betald."));
                facts.put("creditorPositionDue", Formats.date(LocalDate.of(2026, 12, 9), language));
            }
            case OBJECTION_OUTCOME -> {
                facts.put("outcome", "MAINTAINED");
                facts.put("note", LetterMarkup.literal("Betalningen avsåg en annan faktura."));
            }
            case REVIEW_ACKNOWLEDGEMENT -> facts.put("reviewDue", Formats.date(LocalDate.of(2026, 12, 9), language));
            case REVIEW_DECISION -> {
                facts.put("reviewOutcome", "NOT_UPHELD");
                facts.put("reasons", LetterMarkup.literal("Handläggningen följde vår rutin."));
            }
            case EXTERNAL_REFERRAL -> {
                facts.put("body", "INKASSONAMNDEN");
                facts.put("externalReference", "IN 2026/1234");
            }
            case WITHDRAWAL_CONFIRMATION -> {
                facts.put("objection", "false");
                facts.put("withdrawnDate", Formats.date(LocalDate.of(2026, 11, 24), language));
            }
            default -> {
            }
        }
        return facts;
    }
}
