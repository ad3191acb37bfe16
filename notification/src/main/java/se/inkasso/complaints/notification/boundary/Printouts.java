package se.inkasso.complaints.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.Debtor;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.notification.control.LetterContent;
import se.inkasso.complaints.notification.control.LetterMarkup;
import se.inkasso.complaints.notification.control.LetterRenderer;
import se.inkasso.complaints.notification.control.Recipient;
import se.inkasso.complaints.notification.control.Rendering;

/**
 * Documents made on demand on the agency's letterhead, kept nowhere: the register extract (D29)
 * from the template {@code documents/register-extract}. Every text in the model is printed as
 * written: a debtor's words can never turn into the document's marks.
 */
@ApplicationScoped
public class Printouts {

    @Inject
    Rendering rendering;

    @Inject
    LetterContent content;

    Clock clock = Clock.systemUTC();

    /**
     * @param model what the extract lists (see the template): maps, lists, strings and booleans
     * @return the PDF
     */
    public byte[] registerExtract(Debtor debtor, Language language, Map<String, Object> model) {
        LocalDate today = clock.instant().atZone(BusinessCalendar.ZONE).toLocalDate();
        Recipient recipient = content.recipient(debtor);
        @SuppressWarnings("unchecked")
        Map<String, Object> literal = (Map<String, Object>) literal(model);
        return rendering.letters().render("documents/register-extract", language, recipient, literal, today,
                List.<String[]>of(new String[] {LetterRenderer.labels(language).getString("personnummer"),
                    debtor.personnummer().formatted()})).pdf();
    }

    private static Object literal(Object value) {
        if (value instanceof String text) {
            return LetterMarkup.literal(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put(String.valueOf(key), literal(inner)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Printouts::literal).toList();
        }
        return value;
    }
}
