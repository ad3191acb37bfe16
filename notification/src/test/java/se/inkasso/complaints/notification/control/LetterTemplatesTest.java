package se.inkasso.complaints.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;

/**
 * Every letter template in both languages, rendered to a real PDF and read back with a different
 * library (PDFBox): A4, the letterhead, the recipient, the references and the parts each rule asks
 * for. Each PDF is kept under target/letters (scripts/letter-samples.sh copies them to docs/).
 */
class LetterTemplatesTest {

    private static final LetterRenderer RENDERER = SampleLetters.renderer();

    @ParameterizedTest(name = "{0}")
    @EnumSource(LetterKind.class)
    void everyKindRendersInSwedishAndEnglish(LetterKind kind) throws IOException {
        for (Language language : Language.values()) {
            RenderedLetter letter = render(kind, language);
            String text = text(letter.pdf());
            assertThat(text).contains("Exempel Inkasso AB", "Åsa Öberg-Łukasiewicz", "752 36", "Uppsala",
                    kind.name().contains("OBJECTION") ? "BE-2026-000042" : "KL-2026-000042", "F-1000001",
                    language == Language.SV ? "25 november 2026" : "25 November 2026", "Bankgiro 5050-1055");
            assertThat(text).as("page numbers").contains(language == Language.SV ? "Sida 1 av" : "Page 1 of");
            assertThat(letter.title()).isNotBlank();
            assertThat(letter.subject()).isNotBlank();
            assertThat(letter.summary()).isNotBlank().doesNotContain("${");
            assertThat(text).as("D18: never asks anyone to reply by SMS").doesNotContainIgnoringCase("sms:a")
                    .doesNotContain("${");
            Path out = Path.of("target", "letters", LetterRenderer.templateOf(kind).substring("letters/".length())
                    + "_" + language.code() + ".pdf");
            Files.createDirectories(out.getParent());
            Files.write(out, letter.pdf());
            try (PDDocument document = Loader.loadPDF(letter.pdf())) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png",
                        out.resolveSibling(out.getFileName().toString().replace(".pdf", ".png")).toFile());
            }
        }
    }

    @Test
    void theAcknowledgementGivesTheAnswerDateAndTheComplaintsOfficer() throws IOException {
        String sv = text(render(LetterKind.COMPLAINT_ACKNOWLEDGEMENT, Language.SV).pdf());
        assertThat(sv).as("D11").contains("senast 15 december 2026", "Maria Lind", "08-123 456 99",
                "klagomalsansvarig@exempelinkasso.se", "Det kostar ingenting");
        String en = text(render(LetterKind.COMPLAINT_ACKNOWLEDGEMENT, Language.EN).pdf());
        assertThat(en).contains("by 15 December 2026", "Maria Lind", "free of charge");
    }

    @Test
    void theFinalResponseHasEveryPartD14AsksFor() throws IOException {
        String sv = flat(render(LetterKind.FINAL_RESPONSE, Language.SV).pdf());
        assertThat(sv).contains("Du har delvis rätt", "Vi borde ha ringt tillbaka som vi lovade",
                "Vi stryker påminnelseavgiften", "60,00 kr", "Det kostar ingenting",
                "klagomålsansvarige", "Inkassonämnden Box 592 101 31 Stockholm",
                "Finansinspektionen Box 7821 103 97 Stockholm");
        assertThat(sv).as("a reason that looks like a list item stays text").contains("- och vi gjorde det inte");
        String en = flat(render(LetterKind.FINAL_RESPONSE, Language.EN).pdf());
        assertThat(en).contains("You are partly right", "SEK 60.00", "free of charge",
                "Inkassonämnden Box 592 101 31 Stockholm", "Finansinspektionen Box 7821 103 97 Stockholm");
    }

    @Test
    void theObjectionAcknowledgementSaysCollectionIsPaused() throws IOException {
        assertThat(flat(render(LetterKind.OBJECTION_ACKNOWLEDGEMENT, Language.SV).pdf()))
                .as("D6").contains("pausat indrivningen", "1 250,00 kr", "inga påminnelser, krav eller nya avgifter");
        assertThat(flat(render(LetterKind.OBJECTION_ACKNOWLEDGEMENT, Language.EN).pdf()))
                .contains("paused collection", "SEK 1,250.00", "no reminders, demands or new fees");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = se.inkasso.complaints.domain.model.ObjectionOutcome.class)
    void eachObjectionOutcomeHasItsOwnWordsAndNoThreat(se.inkasso.complaints.domain.model.ObjectionOutcome outcome)
            throws IOException {
        for (Language language : Language.values()) {
            Map<String, Object> facts = SampleLetters.facts(LetterKind.OBJECTION_OUTCOME, language);
            facts.put("outcome", outcome.name());
            String text = flat(RENDERER.render(LetterKind.OBJECTION_OUTCOME, language, SampleLetters.RECIPIENT, facts,
                    SampleLetters.DATE).pdf());
            String expected = switch (outcome) {
                case WITHDRAWN -> language == Language.SV ? "dragit tillbaka fordran" : "withdrawn the claim";
                case ADJUSTED -> language == Language.SV ? "rättat fordran" : "corrected the claim";
                case MAINTAINED -> language == Language.SV ? "Vi kommer inte att ansöka om betalningsföreläggande"
                        : "We will not apply to Kronofogden";
                case PARTIAL -> language == Language.SV ? "står fast vid en del" : "stands by part of the claim";
            };
            assertThat(text).contains(expected);
            assertThat(text.toLowerCase(Locale.ROOT)).as("D9: never asks to confirm the objection again")
                    .doesNotContain("bekräfta din invändning", "confirm your objection");
        }
    }

    @Test
    void aRefusalToPayIsAnsweredWithReasonsAndAWayForward() throws IOException {
        Map<String, Object> facts = SampleLetters.facts(LetterKind.OBJECTION_ASSESSMENT, Language.SV);
        facts.put("substantive", false);
        facts.put("reason", "Att inte kunna betala gör inte fordran felaktig.");
        facts.remove("creditorPositionDue");
        String text = flat(RENDERER.render(LetterKind.OBJECTION_ASSESSMENT, Language.SV, SampleLetters.RECIPIENT,
                facts, SampleLetters.DATE).pdf());
        assertThat(text).as("D7").contains("Att inte kunna betala gör inte fordran felaktig", "avbetalningsplan")
                .doesNotContain("pausad");
    }

    @Test
    void referralLettersCarryTheBodiesAddressesExactly() throws IOException {
        for (Language language : Language.values()) {
            Map<String, Object> facts = SampleLetters.facts(LetterKind.EXTERNAL_REFERRAL, language);
            assertThat(flat(render(LetterKind.EXTERNAL_REFERRAL, language).pdf())).as("D17")
                    .contains("Inkassonämnden Box 592 101 31 Stockholm", "IN 2026/1234");
            facts.put("body", "FINANSINSPEKTIONEN");
            assertThat(flat(RENDERER.render(LetterKind.EXTERNAL_REFERRAL, language, SampleLetters.RECIPIENT, facts,
                    SampleLetters.DATE).pdf())).contains("Finansinspektionen Box 7821 103 97 Stockholm");
            assertThat(flat(render(LetterKind.REVIEW_DECISION, language).pdf())).contains(
                    "Inkassonämnden Box 592 101 31 Stockholm", "Finansinspektionen Box 7821 103 97 Stockholm");
        }
    }

    @Test
    void aLongLetterRunsOntoMorePagesWithTheirNumbers() throws IOException {
        Map<String, Object> facts = SampleLetters.facts(LetterKind.FINAL_RESPONSE, Language.SV);
        facts.put("reasons", LetterMarkup.literal("Vi har gått igenom samtalen och breven i ärendet. ".repeat(120)));
        RenderedLetter letter = RENDERER.render(LetterKind.FINAL_RESPONSE, Language.SV, SampleLetters.RECIPIENT, facts,
                SampleLetters.DATE);
        assertThat(letter.pages()).isGreaterThan(1);
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(letter.pages());
        }
        assertThat(text(letter.pdf())).contains("Sida 1 av " + letter.pages(), "Sida 2 av " + letter.pages());
    }

    @Test
    void aShortResolutionIsTitledByItsDecisionNeverResolvedWhenTheDebtorWasNotProvedRight() {
        Map<String, String> swedish = Map.of("UPHELD", "Vi ger dig rätt i ditt klagomål",
                "PARTIALLY_UPHELD", "Vi ger dig delvis rätt i ditt klagomål", "REJECTED", "Vårt svar på ditt klagomål");
        Map<String, String> english = Map.of("UPHELD", "We agree with your complaint",
                "PARTIALLY_UPHELD", "We agree with part of your complaint", "REJECTED", "Our answer to your complaint");
        for (Language language : Language.values()) {
            Map<String, String> titles = language == Language.SV ? swedish : english;
            titles.forEach((decision, title) -> {
                Map<String, Object> facts = SampleLetters.facts(LetterKind.SHORT_RESOLUTION, language);
                facts.put("decision", decision);
                RenderedLetter letter = RENDERER.render(LetterKind.SHORT_RESOLUTION, language, SampleLetters.RECIPIENT,
                        facts, SampleLetters.DATE);
                assertThat(letter.title()).as(decision).isEqualTo(title);
                assertThat(letter.subject()).isEqualTo(title);
            });
        }
    }

    /** However long the reasons, each body's address is printed whole on one page (D17). */
    @Test
    void anAddressIsNeverSplitAcrossAPageBreak() throws IOException {
        for (int sentences = 1; sentences <= 160; sentences++) {
            Map<String, Object> facts = SampleLetters.facts(LetterKind.FINAL_RESPONSE, Language.SV);
            facts.put("reasons", LetterMarkup.literal("Vi har gått igenom samtalen och breven i ärendet. ".repeat(sentences)));
            byte[] pdf = RENDERER.render(LetterKind.FINAL_RESPONSE, Language.SV, SampleLetters.RECIPIENT, facts,
                    SampleLetters.DATE).pdf();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper pages = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    pages.setStartPage(page);
                    pages.setEndPage(page);
                    String text = pages.getText(document);
                    assertThat(text.contains("Box 592")).as("%d sentences, page %d", sentences, page)
                            .isEqualTo(text.contains("101 31 Stockholm"));
                    assertThat(text.contains("Box 7821")).as("%d sentences, page %d", sentences, page)
                            .isEqualTo(text.contains("103 97 Stockholm"));
                }
            }
        }
    }

    @Test
    void aWithdrawalSaysWhatEndsAndForAnObjectionThatCollectionResumes() throws IOException {
        for (Language language : Language.values()) {
            Map<String, Object> facts = SampleLetters.facts(LetterKind.WITHDRAWAL_CONFIRMATION, language);
            String complaint = flat(RENDERER.render(LetterKind.WITHDRAWAL_CONFIRMATION, language,
                    SampleLetters.RECIPIENT, facts, SampleLetters.DATE).pdf());
            facts.put("objection", "true");
            facts.put("caseReference", "BE-2026-000042");
            String objection = flat(RENDERER.render(LetterKind.WITHDRAWAL_CONFIRMATION, language,
                    SampleLetters.RECIPIENT, facts, SampleLetters.DATE).pdf());
            if (language == Language.SV) {
                assertThat(objection).as("D26, D6").contains("drog du tillbaka din invändning BE-2026-000042",
                        "24 november 2026", "inte längre pausad");
                assertThat(complaint).contains("drog du tillbaka ditt klagomål KL-2026-000042")
                        .doesNotContain("pausad");
            } else {
                assertThat(objection).contains("you withdrew your objection BE-2026-000042", "24 November 2026",
                        "no longer paused");
                assertThat(complaint).contains("you withdrew your complaint KL-2026-000042").doesNotContain("paused");
            }
        }
    }

    @Test
    void theEmailNoticeOfAnAnswerSaysOnlyThatThereIsOne() {
        for (Language language : Language.values()) {
            Templates.Output notice = new Templates(java.util.Optional.empty()).render("mail/message-notice", language,
                    Map.of("agency", Map.of("name", "Exempel Inkasso AB", "portalUrl", "https://minasidor.example")));
            assertThat(notice.subject()).contains("Mina sidor");
            assertThat(notice.text()).contains("https://minasidor.example", "Exempel Inkasso AB")
                    .doesNotContain("KL-", "BE-", "F-1");
        }
    }

    @Test
    void theEmailNoticeSaysOnlyThatALetterIsWaiting() {
        for (Language language : Language.values()) {
            Templates.Output notice = new Templates(java.util.Optional.empty()).render("mail/letter-notice", language,
                    Map.of("agency", Map.of("name", "Exempel Inkasso AB", "portalUrl", "https://minasidor.example")));
            assertThat(notice.subject()).contains("Mina sidor");
            assertThat(notice.text()).contains("https://minasidor.example").doesNotContain("KL-", "BE-", "F-1");
        }
    }

    private static RenderedLetter render(LetterKind kind, Language language) {
        return RENDERER.render(kind, language, SampleLetters.RECIPIENT, SampleLetters.facts(kind, language),
                SampleLetters.DATE);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth())).as("A4 width").isEqualTo(595);
            assertThat(Math.round(page.getHeight())).as("A4 height").isEqualTo(842);
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with line breaks as spaces, for phrases the layout may wrap. */
    static String flat(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("[\\s\u00a0]+", " ");
    }
}
