package se.inkasso.complaints.notification.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;
import se.inkasso.complaints.domain.text.Formats;
import se.inkasso.complaints.notification.control.LetterMarkup.Block;

/**
 * Makes a letter: fills in the template of its kind and language, then lays the text out as a PDF
 * under the agency's letterhead. Safe to share between threads; holds no per-letter state.
 */
public final class LetterRenderer {

    private final Templates templates;
    private final Letterhead letterhead;

    public LetterRenderer(Templates templates, Letterhead letterhead) {
        this.templates = templates;
        this.letterhead = letterhead;
    }

    /** The template a kind of letter is written from, such as {@code letters/final-response}. */
    public static String templateOf(LetterKind kind) {
        return "letters/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param facts what the template says: the case's and claim's references, dates, the decision;
     *              see docs/letters/README.md for the names each kind uses
     */
    public RenderedLetter render(LetterKind kind, Language language, Recipient recipient, Map<String, Object> facts,
            LocalDate date) {
        ResourceBundle labels = labels(language);
        return render(templateOf(kind), language, recipient, facts, date, List.of(
                new String[] {labels.getString("case"), String.valueOf(facts.get("caseReference"))},
                new String[] {labels.getString("claim"), String.valueOf(facts.get("claimReference"))}));
    }

    /**
     * Any document on the letterhead from a template (a letter, a register extract), with the
     * references it is known by beside its date.
     */
    public RenderedLetter render(String template, Language language, Recipient recipient, Map<String, Object> facts,
            LocalDate date, List<String[]> references) {
        Map<String, Object> model = new HashMap<>(facts);
        model.put("agency", agency());
        model.put("recipient", Map.of("name", recipient.name()));
        model.put("letterDate", Formats.date(date, language));
        Templates.Output output = templates.render(template, language, model);
        List<Block> blocks = LetterMarkup.parse(output.text());
        String title = blocks.stream().filter(LetterMarkup.Title.class::isInstance).map(Block::text).findFirst()
                .orElse(output.subject());
        ResourceBundle labels = labels(language);
        List<String[]> dated = new ArrayList<>();
        dated.add(new String[] {labels.getString("date"), Formats.date(date, language)});
        dated.addAll(references);
        String footer = String.join("  \u00b7  ", letterhead.name(),
                letterhead.street() + ", " + letterhead.postalCode() + " " + letterhead.city(),
                labels.getString("phone") + " " + letterhead.phone(),
                labels.getString("bankgiro") + " " + letterhead.bankgiro());
        LetterLayout.Frame frame = new LetterLayout.Frame(letterhead, recipient.lines(), dated,
                labels.getString("page"), labels.getString("of"), footer, title, language.code());
        LetterLayout.Pdf pdf = new LetterLayout().compose(frame, blocks);
        return new RenderedLetter(title, output.subject(), output.summary(), pdf.content(), pdf.pages());
    }

    /** The words a letter's frame is labelled with, in its language. */
    public static ResourceBundle labels(Language language) {
        return ResourceBundle.getBundle("se.inkasso.complaints.notification.control.letter-labels",
                language.locale(), LetterRenderer.class.getClassLoader());
    }

    private Map<String, Object> agency() {
        Map<String, Object> agency = new HashMap<>();
        agency.put("name", letterhead.name());
        agency.put("street", letterhead.street());
        agency.put("postalCode", letterhead.postalCode());
        agency.put("city", letterhead.city());
        agency.put("phone", letterhead.phone());
        agency.put("email", letterhead.email());
        agency.put("website", letterhead.website());
        agency.put("bankgiro", letterhead.bankgiro());
        agency.put("officerName", letterhead.officerName());
        agency.put("officerPhone", letterhead.officerPhone());
        agency.put("officerEmail", letterhead.officerEmail());
        agency.put("portalUrl", letterhead.portalUrl());
        return agency;
    }
}
