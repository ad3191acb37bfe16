package se.inkasso.complaints.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One template engine and one letter renderer for the application: FreeMarker caches parsed
 * templates, so they are read once, not once per letter.
 */
@ApplicationScoped
public class Rendering {

    @Inject
    @ConfigProperty(name = "complaints.letters.template-dir")
    Optional<String> templateFolder;

    @Inject
    AgencyProfile agency;

    private Templates templates;
    private LetterRenderer letters;

    @PostConstruct
    void start() {
        templates = new Templates(templateFolder.map(File::new));
        letters = new LetterRenderer(templates, agency.letterhead());
    }

    public Templates templates() {
        return templates;
    }

    public LetterRenderer letters() {
        return letters;
    }

    public Letterhead letterhead() {
        return agency.letterhead();
    }
}
