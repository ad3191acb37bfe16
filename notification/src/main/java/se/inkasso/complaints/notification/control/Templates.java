package se.inkasso.complaints.notification.control;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import se.inkasso.complaints.domain.model.Language;

/**
 * The texts of letters and e-mails as FreeMarker templates, one per kind and language
 * ({@code letters/final-response_sv.ftl}). The built-in ones are on the class path; an agency can
 * put edited copies in a folder of its own ({@code complaints.letters.template-dir}), which wins
 * and is re-read a minute after a change. A template sets {@code subject} and {@code summary}.
 */
public final class Templates {

    /** What a template produced: its text and the subject and summary it set. */
    public record Output(String text, String subject, String summary) {
    }

    private final Configuration configuration;

    public Templates(Optional<File> overrideFolder) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader(overrideFolder));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocalizedLookup(true);
        configuration.setTemplateUpdateDelayMilliseconds(overrideFolder.isPresent() ? 60_000 : Long.MAX_VALUE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setBooleanFormat("c");
    }

    /**
     * @param name a template's name without language and extension, such as {@code letters/delay}
     * @throws TemplateFailure when the template is missing or cannot be filled in from the model
     */
    public Output render(String name, Language language, Map<String, Object> model) {
        try {
            StringWriter text = new StringWriter(4096);
            Environment environment = configuration.getTemplate(name + ".ftl", language.locale())
                    .createProcessingEnvironment(model, text);
            environment.process();
            return new Output(text.toString(), scalar(environment, "subject"), scalar(environment, "summary"));
        } catch (IOException | TemplateException e) {
            throw new TemplateFailure(name + " (" + language.code() + "): " + e.getMessage(), e);
        }
    }

    private static String scalar(Environment environment, String variable) throws TemplateModelException {
        TemplateModel value = environment.getVariable(variable);
        if (!(value instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("the template does not set " + variable);
        }
        return scalar.getAsString().strip();
    }

    private static TemplateLoader loader(Optional<File> overrideFolder) {
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class.getClassLoader(), "templates");
        if (overrideFolder.isEmpty()) {
            return builtIn;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrideFolder.get()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException("Letter template folder " + overrideFolder.get() + " cannot be read", e);
        }
    }

    /** A template could not be rendered: the notification waits and staff see why. */
    public static final class TemplateFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
