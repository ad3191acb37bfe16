package se.inkasso.complaints.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.inkasso.complaints.notification.control.LetterMarkup.Block;

/** The marks a template writer uses, and text from people that must stay text. */
class LetterMarkupTest {

    @Test
    void readsTitleHeadingsItemsNoticesAndParagraphs() {
        List<Block> blocks = LetterMarkup.parse("""
                # Titel

                Första stycket
                fortsätter här.

                ## Rubrik
                - en punkt
                - en till
                > Viktigt
                Sista stycket""");
        assertThat(blocks).containsExactly(new LetterMarkup.Title("Titel"),
                new LetterMarkup.Paragraph("Första stycket\nfortsätter här."), new LetterMarkup.Heading("Rubrik"),
                new LetterMarkup.Item("en punkt"), new LetterMarkup.Item("en till"), new LetterMarkup.Notice("Viktigt"),
                new LetterMarkup.Paragraph("Sista stycket"));
    }

    @Test
    void textFromPeopleNeverBecomesMarks() {
        String reasons = "# inte en rubrik\n- inte en punkt\n> inte en ruta\n\\ och ett snedstreck";
        List<Block> blocks = LetterMarkup.parse("## Varför\n\n" + LetterMarkup.literal(reasons));
        assertThat(blocks).containsExactly(new LetterMarkup.Heading("Varför"), new LetterMarkup.Paragraph(
                "# inte en rubrik\n- inte en punkt\n> inte en ruta\n\\ och ett snedstreck"));
    }

    @Test
    void nothingWrittenIsAnEmptyLiteral() {
        assertThat(LetterMarkup.literal(null)).isEmpty();
        assertThat(LetterMarkup.parse("")).isEmpty();
    }
}
