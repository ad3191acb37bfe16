package se.inkasso.complaints.notification.control;

import java.util.Map;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.LetterKind;

/** Lets the benchmark use the sample letters without widening what production code exposes. */
public final class LetterSamplesAccess {

    private LetterSamplesAccess() {
    }

    public static RenderedLetter render(LetterRenderer renderer, LetterKind kind, Language language) {
        Map<String, Object> facts = SampleLetters.facts(kind, language);
        return renderer.render(kind, language, SampleLetters.RECIPIENT, facts, SampleLetters.DATE);
    }

    public static LetterRenderer renderer() {
        return SampleLetters.renderer();
    }
}
