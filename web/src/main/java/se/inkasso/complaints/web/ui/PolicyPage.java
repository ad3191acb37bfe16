package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.inkasso.complaints.domain.calendar.BusinessCalendar;
import se.inkasso.complaints.domain.model.ComplaintPolicy;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.repository.PolicyRepository;

/**
 * The complaint policy on the public pages (D27): the version in force, or the one a case was
 * received under ({@code ?version=}), in the reader's language when it has one, else in the other.
 */
@Named
@RequestScoped
public class PolicyPage {

    /** A part of the text: a heading, a paragraph, or a list with its items. */
    public record Block(String kind, String text, List<String> items) {
    }

    @Inject
    PolicyRepository policies;

    @Inject
    LanguageSelection language;

    private String version;
    private ComplaintPolicy shown;
    private boolean otherLanguage;
    /** The language the policy was read in: a language chosen on this page reads it again. */
    private String readIn;

    private void load() {
        readIn = language.getCode();
        otherLanguage = false;
        Language wanted = Language.fromCode(language.getCode());
        Optional<ComplaintPolicy> found = find(wanted);
        if (found.isEmpty()) {
            found = find(wanted == Language.SV ? Language.EN : Language.SV);
            otherLanguage = found.isPresent();
        }
        shown = found.orElse(null);
    }

    private Optional<ComplaintPolicy> find(Language in) {
        return version == null || version.isBlank() ? policies.inForce(in, LocalDate.now(BusinessCalendar.ZONE))
                : policies.version(version.strip(), in);
    }

    /** The text as headings ({@code ## }), lists ({@code - }) and paragraphs, never as markup. */
    public List<Block> getBlocks() {
        List<Block> blocks = new ArrayList<>();
        if (getPolicy() == null) {
            return blocks;
        }
        for (String part : shown.text().split("\\R\\s*\\R")) {
            String block = part.strip();
            if (block.startsWith("## ")) {
                blocks.add(new Block("heading", block.substring(3).strip(), List.of()));
            } else if (block.startsWith("- ")) {
                blocks.add(new Block("list", null, block.lines().map(line -> line.strip().replaceFirst("^- ", ""))
                        .toList()));
            } else if (!block.isEmpty()) {
                blocks.add(new Block("paragraph", block, List.of()));
            }
        }
        return blocks;
    }

    public ComplaintPolicy getPolicy() {
        if (!language.getCode().equals(readIn)) {
            load();
        }
        return shown;
    }

    public boolean isOtherLanguage() {
        getPolicy();
        return otherLanguage;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
